function doZoom(size){var z=document.getElementById('zoom');if(z){z.style.fontSize=size+'px';}}
function setSize(size){doZoom(size);}
function goPage(n){var v=parseInt(document.getElementById('goPage').value,10);if(v>=1&&v<=n){location.href=v==1?'index.html':'page_'+v+'.html';}}
function wza(){alert('无障碍浏览');}
