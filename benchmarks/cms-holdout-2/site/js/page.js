/**
 * 分页 showPage(pageCount, currentPage, pageName, pageExt)
 * 第1页为 index.html，第n页为 index_n.html
 */
function showPage(pageCount, currentPage, pageName, pageExt) {
	var str = "";
	if (pageCount <= 1) { return; }
	str += "<span class=\"pageinfo\">共 " + pageCount + " 页</span>";
	if (currentPage > 1) {
		str += "<a href=\"" + pageName + "." + pageExt + "\">首页</a>";
		str += "<a href=\"" + (currentPage == 2 ? pageName : pageName + "_" + (currentPage - 1)) + "." + pageExt + "\">上一页</a>";
	} else {
		str += "<span class=\"disabled\">首页</span><span class=\"disabled\">上一页</span>";
	}
	var start = Math.max(1, currentPage - 2), end = Math.min(pageCount, currentPage + 2);
	for (var i = start; i <= end; i++) {
		if (i == currentPage) { str += "<span class=\"current\">" + i + "</span>"; }
		else { str += "<a href=\"" + (i == 1 ? pageName : pageName + "_" + i) + "." + pageExt + "\">" + i + "</a>"; }
	}
	if (currentPage < pageCount) {
		str += "<a href=\"" + pageName + "_" + (currentPage + 1) + "." + pageExt + "\">下一页</a>";
		str += "<a href=\"" + pageName + "_" + pageCount + "." + pageExt + "\">尾页</a>";
	} else {
		str += "<span class=\"disabled\">下一页</span><span class=\"disabled\">尾页</span>";
	}
	document.write(str);
}
