<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
<TITLE>导航</TITLE>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<IMG SRC="images/left_nav.gif" WIDTH=200 HEIGHT=300 BORDER=0 USEMAP="#nav">
<MAP NAME="nav">
<AREA SHAPE=RECT COORDS="10,20,190,50" HREF="news/NewsList.asp?SmallClassID=15" TARGET=mainFrame ALT="公示公告">
<AREA SHAPE=RECT COORDS="10,60,190,90" HREF="right.asp" TARGET=mainFrame ALT="首页">
</MAP>
<BR>
<SELECT NAME="menu" onChange="window.location=this.options[this.selectedIndex].value">
<OPTION SELECTED>==部门信息==</OPTION>
<OPTION VALUE="news/NewsList.asp?SmallClassID=18">部门动态</OPTION>
</SELECT>
</BODY>
</HTML>
