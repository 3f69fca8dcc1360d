<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云溪市人民政府</title>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="images/top.jpg" width="1000" height="120" border="0" usemap="#Map"></td></tr>
  <tr><td height="32" background="images/nav_bg.gif">&nbsp;</td></tr>
</table>
<map name="Map">
  <area shape="rect" coords="612,88,690,112" href="main.asp" target="mainFrame" alt="首页">
  <area shape="rect" coords="700,88,778,112" href="news/List.asp?ClassID=5" target="mainFrame" alt="通知公告">
  <area shape="rect" coords="788,88,866,112" href="mailto:yxzfb@163.com" alt="县长信箱">
</map>
</body>
</html>
