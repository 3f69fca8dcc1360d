"""Article text for the extraction tests' hand-written pages: the paragraphs of a Chinese and an English story,
and ``<p>`` markup for them."""
from __future__ import annotations

ZH = ["为鼓励和支持外出务工人员、高校毕业生、退役军人等返乡入乡创业，本市近日出台若干措施，从场地、资金、培训等方面提出具体举措。",
      "在场地支持方面，将整合闲置厂房、校舍等资源建设返乡创业园，入驻企业三年内免收租金，符合条件的可申请创业担保贷款。",
      "人力资源和社会保障局负责人表示，将开设返乡创业服务专窗，为创业者提供政策咨询、项目推介、手续办理等服务。"]
EN = ["The county board voted on Tuesday to extend the library's evening hours through the winter, citing strong demand.",
      "Branches in the north and east will stay open until 9 p.m. on weekdays, two hours later than before.",
      "Officials said the change costs about $80,000 a year and will be paid from the system's reserve fund."]


def ps(paras) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)
