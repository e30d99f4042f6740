/**
 * The modal head of a sentence (必须, 要, 坚持, 确保 …), after an optional
 * numbering (一是, （二）) and a short subject (各地区要……). Shared by the
 * clause stage (does a paragraph carry a statement on?) and the directive stage.
 */
import type { Modality } from '../schema.js';
import { MODALITY_WORDS } from './lexicon.js';

const SUBJECT_PREFIX = /^(?:[\u4e00-\u9fff、]{1,12}?)(?=必须|务必|(?<![主重需只必纲摘扼提首紧])要(?![求素点害闻])|应当|坚持|确保|力争|鼓励|倡导|严禁|不得)/;
const TRIM_START = /^[\s，,。；;、：:]+/;

export function modalityOf(text: string): Modality | null {
  const trimmed = text.replace(TRIM_START, '');
  // Numbered items and connectors come before the head: 一是要……, 同时要……, 各地区要…….
  const withoutNumber = trimmed.replace(/^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、]?|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/, '');
  const subject = SUBJECT_PREFIX.exec(withoutNumber);
  const heads = subject ? [withoutNumber, withoutNumber.slice(subject[0].length)] : [withoutNumber];
  for (const head of heads) for (const [pattern, modality] of MODALITY_WORDS) if (pattern.test(head)) return modality;
  return null;
}
