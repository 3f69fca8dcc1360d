<HTML>
<HEAD>
<TITLE>石门县人民政府</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<LINK href="../css.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0 marginheight=0 marginwidth=0>
<TABLE cellSpacing=0 cellPadding=0 width="100%" border=0>
<TR><TD class=title height=26>&nbsp;工作动态</TD></TR>
<TR><TD><IFRAME SRC=news/NewsList.asp?SmallClassID=12 WIDTH="100%" HEIGHT=380 FRAMEBORDER=0 SCROLLING=no></IFRAME></TD></TR>
<TR><TD class=title height=26>&nbsp;最新信息</TD></TR>
<TR><TD><A href="news/shownews.asp?newsid=600" target=_blank>石门县举行2012年重大项目集中开工仪式</A></TD></TR><TR><TD><A href="news/shownews.asp?newsid=601" target=_blank>石门县召开2012年安全生产工作会议</A></TD></TR>
</TABLE>
</BODY>
</HTML>
