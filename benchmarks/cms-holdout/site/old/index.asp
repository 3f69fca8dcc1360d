<HTML>
<HEAD>
<TITLE>石门县人民政府网</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=gb2312">
</HEAD>
<FRAMESET cols="210,*" frameborder=0 border=0 framespacing=0>
<FRAME SRC=left.asp NAME=leftFrame SCROLLING=no NORESIZE>
<FRAME SRC="right.asp" NAME="mainFrame">
</FRAMESET>
<NOFRAMES><BODY>本网站使用了框架技术，但是您的浏览器不支持框架。</BODY></NOFRAMES>
</HTML>
