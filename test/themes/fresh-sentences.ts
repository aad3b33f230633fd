/**
 * A fresh set of problem sentences for measuring the example-based fallback (fallback.ts).
 * Written by hand before the fallback existed and before any classifier had been run on them;
 * neither the taxonomy (data/themes.json) nor the fallback's threshold was tuned on them, and they
 * are NOT in data/theme-examples.json. Keep it that way: a sentence added here must not be used
 * to change the rules or the fallback, or the set no longer measures unseen wording.
 */
import type { Labelled } from './sentences.js';

export const FRESH: readonly Labelled[] = [
  ['少数干部对政务公开存在畏难情绪，认为多公开多麻烦', ['awareness']],
  ['一些单位把信息公开当作额外负担，主动作为不够', ['awareness']],
  ['涉及民生保障的资金分配结果公开得不够细', ['coverage']],
  ['部分领域只公开结果，过程信息公开偏少', ['coverage']],
  ['个别通知公告在实施之后才上网发布', ['timeliness']],
  ['人事任免信息发布存在滞后现象', ['timeliness']],
  ['部分信息存在标题与正文不对应、附件缺失等问题', ['quality']],
  ['公开文件存在漏字、多字等文字差错', ['quality']],
  ['从事政务公开的人员年龄偏大，运用新媒体的能力不强', ['capacity', 'platform']],
  ['单位政务公开岗位仅有一人且身兼数职', ['capacity']],
  ['网站后台系统运行不稳定，偶有页面打不开的情况', ['platform']],
  ['微信公众号内容以转载为主，原创信息少，互动性差', ['platform', 'interpretation']],
  ['信息发布主要依赖门户网站，其他载体运用不充分', ['form']],
  ['公开手段仍较传统，短视频、H5等新形式使用不多', ['form']],
  ['对群众来信来电反映的问题答复不够及时', ['interpretation', 'timeliness']],
  ['政策解读语言过于专业，群众看不懂', ['interpretation']],
  ['网上咨询答复质量不高，存在答非所问的情况', ['interpretation', 'quality']],
  ['信息公开工作各环节衔接还不够顺畅，缺少闭环管理', ['institution']],
  ['主动公开目录与实际公开内容不匹配，目录调整不及时', ['institution', 'timeliness']],
  ['各科室之间政务公开职责不够清晰，存在推诿现象', ['institution']],
  ['面向企业和群众的政务公开宣传活动形式单调', ['form', 'publicity']],
  ['对新入职人员的政务公开业务培训覆盖不够', ['publicity']],
  ['很多群众不了解可以申请公开政府信息', ['publicity']],
  ['部分社区居务公开内容长期不变', ['grassroots', 'timeliness']],
  ['镇村两级公开栏管理维护不到位，部分公开栏破损', ['grassroots']],
  ['个别政府信息公开申请答复内容过于简单，未充分说明理由', ['application']],
  ['申请登记、审核、答复各环节的记录留存不完整', ['application']],
  ['对下属单位政务公开工作的日常巡查不够', ['supervision']],
  ['政务公开工作在绩效考核中占比较小，激励约束作用不明显', ['supervision']],
  ['政务公开与党务公开、村务公开衔接不够紧密', ['other']],
];
