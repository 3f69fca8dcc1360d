function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){ return; }
	var nCurrIndex = _nCurrIndex || 0;
	if(nCurrIndex == 0){ document.write("<span>首页</span> <span>上一页</span> "); }
	else if(nCurrIndex == 1){ document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a> <a href=\""+_sPageName+"."+_sPageExt+"\">上一页</a> "); }
	else { document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a> <a href=\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\">上一页</a> "); }
	if(nCurrIndex == (_nPageCount-1)){ document.write("<span>下一页</span> <span>尾页</span>"); }
	else { document.write("<a href=\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\">下一页</a> <a href=\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\">尾页</a>"); }
}
