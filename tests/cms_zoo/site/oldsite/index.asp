<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云溪市人民政府（旧版）</title>
</head>
<frameset rows="152,*" cols="*" frameborder="NO" border="0" framespacing="0">
  <frame src="top.asp" name="topFrame" scrolling="NO" noresize >
  <frame src="main.asp" name="mainFrame">
</frameset>
<noframes><body>
您的浏览器不支持框架，请升级浏览器。
</body></noframes>
</html>
