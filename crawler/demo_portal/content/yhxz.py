"""友好鄉鎮動態: news of the (fictional) Taiwanese sister township 清河鄉公所, mirrored in its own
old county-site layout: <br> paragraphs, Traditional Chinese, Big5 bytes. ``roc`` shows the date
as 民國 year. Every character must encode in Big5."""

ARTICLES = [
    dict(
        id=1123, date="2023-08-12", roc=True,
        title="清河鄉公所辦理颱風過後環境清潔消毒工作",
        source="清河鄉公所 民政課", author="林淑芬",
        paras=[
            "卡努颱風過境後，本所於8月11日動員清潔隊員、村辦公處及志工共一百二十餘人，分區清除道路倒木、落石及積水垃圾。",
            "針對低窪積水地區，清潔隊已完成環境消毒噴灑，並提醒鄉親清除住家周圍容器積水，預防登革熱病媒蚊孳生。",
            "鄉長陳建宏表示，災後復原首重安全，如發現路樹傾倒或電線垂落，請立即撥打本所災害應變專線通報，切勿自行處理。",
        ],
    ),
    dict(
        id=1131, date="2023-09-05", roc=False,
        title="清河鄉112年度長青學苑秋季班開始報名",
        source="清河鄉公所 社會課", author="",
        paras=[
            "為鼓勵長者終身學習，本所112年度長青學苑秋季班即日起受理報名，開設書法、太極拳、烏克麗麗、銀髮健康操及數位手機應用等課程。",
            "凡設籍本鄉年滿五十五歲之鄉親均可報名，每人以選修兩門課程為限，額滿為止，學費全免，僅須自付部分教材費用。",
            "報名請攜帶身分證至本所社會課辦理，或以電話預約，課程預定於9月下旬開課，詳細時間另行通知。",
        ],
    ),
]
