/**
 * Who made a report, credited in its text (（记者 唐炜）, 责任编辑：罗崇纬, 来源：新华社): metadata, not
 * what anyone said. The meeting stage reads the credits out; the clause stage ends a statement before them.
 */
import { alternation } from './patterns.js';

/** The roles of the people a report credits (记者, 通讯员, 责任编辑). */
export const CREDIT_ROLES = ['记者', '实习记者', '通讯员', '责任编辑', '责编', '编辑', '审核', '审读', '审 读', '校对', '摄影', '撰稿', '实习生'] as const;
export const CREDIT_ROLE_PATTERN = new RegExp(`(?:${alternation(CREDIT_ROLES)})`, 'g');
export const CREDIT_ROLE_START = new RegExp(`^(?:${alternation(CREDIT_ROLES)})`);

/** Labels of a credit line that name a source or a kind of work rather than a person's role (来源：, 图文：, 文/). */
const SOURCE_LABELS = ['来源', '供稿', '审校', '作者', '图片', '图文', '文图', '文/', '文字'] as const;

/** A line that is a credit (记者 唐炜, （来源：新华社）, 责任编辑：罗崇纬). */
export const CREDIT_LINE = new RegExp(`^[（(]?\\s*(?:${alternation([...CREDIT_ROLES, ...SOURCE_LABELS])})\\s*[：:\\s]`);
/** A credit in parentheses closing a paragraph (……。（记者 唐炜 通讯员 李明）). */
export const TRAILING_CREDIT = new RegExp(`\\s*[（(]\\s*(?:${alternation([...CREDIT_ROLES, ...SOURCE_LABELS])})[^（）()]{0,40}[）)]\\s*$`);
