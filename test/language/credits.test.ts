/** Credits: the roles the meeting stage reads out and the lines a clause ends before. */
import { describe, expect, it } from 'vitest';
import { CREDIT_LINE, CREDIT_ROLE_START, TRAILING_CREDIT } from '../../src/language/credits.js';

describe('credits', () => {
  it('reads a credit line by a person’s role or a source label (记者 唐炜, 责任编辑：罗崇纬, （来源：新华社）, 文/李明)', () => {
    for (const line of ['记者 唐炜', '责任编辑：罗崇纬', '（来源：新华社）', '文/ 李明', '实习生：王芳']) expect(CREDIT_LINE.test(line), line).toBe(true);
  });

  it('takes no sentence for a credit that merely starts with a role word (记者节到来之际，……)', () => {
    expect(CREDIT_LINE.test('记者节到来之际，全区举行座谈会。')).toBe(false);
  });

  it('reads a credit in parentheses closing a paragraph, not a parenthesis of content', () => {
    expect(TRAILING_CREDIT.test('会议要求抓好落实。（记者 唐炜 通讯员 李明）')).toBe(true);
    expect(TRAILING_CREDIT.test('会议要求抓好落实（试行）')).toBe(false);
  });

  it('knows a role word opening a name list, so that the next credit is no name (记者 唐炜 通讯员 李明)', () => {
    expect(CREDIT_ROLE_START.test('通讯员 李明')).toBe(true);
    expect(CREDIT_ROLE_START.test('李明')).toBe(false);
  });
});
