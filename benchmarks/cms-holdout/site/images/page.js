/* TRS WCM 分页 (createPageHTML with a target div and the record count) */
function createPageHTML(divId, countPage, currentPage, prefix, suffix, recordCount) {
    var html = "<span class=\"total\">共" + recordCount + "条记录 共" + countPage + "页</span>";
    if (countPage <= 1) { document.getElementById(divId).innerHTML = html; return; }
    if (currentPage > 1) {
        html += "<a href=\"" + prefix + "." + suffix + "\">首页</a>";
        html += "<a href=\"" + (currentPage == 2 ? prefix : prefix + "_" + (currentPage - 2)) + "." + suffix + "\">上一页</a>";
    }
    for (var i = 1; i <= countPage; i++) {
        if (i == currentPage) { html += "<span class=\"cur\">" + i + "</span>"; }
        else { html += "<a href=\"" + (i == 1 ? prefix : prefix + "_" + (i - 1)) + "." + suffix + "\">" + i + "</a>"; }
    }
    if (currentPage < countPage) {
        html += "<a href=\"" + prefix + "_" + currentPage + "." + suffix + "\">下一页</a>";
        html += "<a href=\"" + prefix + "_" + (countPage - 1) + "." + suffix + "\">尾页</a>";
    }
    document.getElementById(divId).innerHTML = html;
}
