function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
	if(_nPageCount == null || _nPageCount<=1){
		return;
	}
	var nCurrIndex = _nCurrIndex || 0;
	// 1 输出首页和上一页
	// 1.1 当前页是首页
	if(nCurrIndex == 0){
		document.write("<span class=\"disabled\">首页</span>&nbsp;<span class=\"disabled\">上一页</span>&nbsp;");
	}
	// 1.2 当前页是第2页(前一页是首页)
	else if(nCurrIndex == 1){
		document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a>&nbsp;");
		document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">上一页</a>&nbsp;");
	}
	// 1.3 当前页是其它页
	else{
		document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">首页</a>&nbsp;");
		document.write("<a href=\""+_sPageName+"_" + (nCurrIndex-1) + "."+_sPageExt+"\">上一页</a>&nbsp;");
	}
	// 2 输出中间分页
	for(var i=0; i<_nPageCount; i++){
		if(i == nCurrIndex)
			document.write("<span class=\"current\">"+(i+1)+"</span>&nbsp;");
		else if(i==0)
			document.write("<a href=\""+_sPageName+"."+_sPageExt+"\">"+(i+1)+"</a>&nbsp;");
		else
			document.write("<a href=\""+_sPageName+"_" + i + "."+_sPageExt+"\">"+(i+1)+"</a>&nbsp;");
	}
	// 3 输出下一页和尾页
	if(nCurrIndex == (_nPageCount-1)){
		document.write("<span class=\"disabled\">下一页</span>&nbsp;<span class=\"disabled\">尾页</span>");
	}
	else{
		document.write("<a href=\""+_sPageName+"_" + (nCurrIndex+1) + "."+_sPageExt+"\">下一页</a>&nbsp;");
		document.write("<a href=\""+_sPageName+"_" + (_nPageCount-1) + "."+_sPageExt+"\">尾页</a>");
	}
	document.write("&nbsp;&nbsp;共" + _nPageCount + "页");
}
