function _simple_list_gotopage_fun(pagemax, inputid, step) {
    var v = document.getElementById(inputid).value;
    var n = parseInt(v, 10);
    if (isNaN(n) || n < 1 || n > pagemax) { alert("请输入正确的页码"); return; }
    var url = (n == 1) ? "list.htm" : ("list" + n + ".htm");
    window.location.href = url;
}
