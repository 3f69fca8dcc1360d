<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>云溪市人民政府</title>
<script language="JavaScript">
<!--
function MM_jumpMenu(targ,selObj,restore){ //v3.0
  eval(targ+".location='"+selObj.options[selObj.selectedIndex].value+"'");
  if (restore) selObj.selectedIndex=0;
}
//-->
</script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td width="250" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="images/left_tit.gif">&nbsp;<b>乡镇导航</b></td></tr>
        <tr><td height="40" align="center">
          <select name="xzdh" onchange="location.href=this.value">
            <option value="" selected>--请选择--</option>
            <option value="news/list.asp?classid=7">乡镇快讯</option>
          </select>
        </td></tr>
        <tr><td height="28" background="images/left_tit.gif">&nbsp;<b>友情链接</b></td></tr>
        <tr><td height="40" align="center">
          <select name="yqlj" onchange="MM_jumpMenu('window.open()',this,0)">
            <option selected>--政府网站--</option>
            <option value="http://www.jx.gov.cn">江西省人民政府</option>
          </select>
        </td></tr>
      </table>
    </td>
    <td width="750" valign="top">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td height="28" background="images/tit_bg.gif">&nbsp;<b>工作动态</b></td></tr>
        <tr><td><iframe src="news/list.asp?classid=3" name="gzdt" width="100%" height="420" frameborder="0" scrolling="no"></iframe></td></tr>
      </table>
    </td>
  </tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td align="center" height="60">版权所有：云溪市人民政府办公室　赣ICP备05001234号　建议使用1024*768分辨率浏览</td></tr>
</table>
</body>
</html>
