/* JEECMS 前台分页 */
$(function () {
    $(".pagination").each(function () {
        var $p = $(this);
        var total = parseInt($p.attr("data-total-page"), 10);
        var cur = parseInt($p.attr("data-page-no"), 10);
        var base = $p.attr("data-url-prefix");   // e.g. index
        var suffix = $p.attr("data-url-suffix"); // e.g. .jhtml
        var href = function (n) { return n == 1 ? base + suffix : base + "_" + n + suffix; };
        var h = [];
        h.push("<span>共" + total + "页</span>");
        if (cur > 1) { h.push("<a href='" + href(1) + "'>首页</a>"); h.push("<a href='" + href(cur - 1) + "'>上一页</a>"); }
        if (cur < total) { h.push("<a href='" + href(cur + 1) + "'>下一页</a>"); h.push("<a href='" + href(total) + "'>尾页</a>"); }
        $p.html(h.join(" "));
    });
});
