/**
 * What deck MDX can use without importing: the deck components, plus plain headings (the docs'
 * headings add "#" anchor links, whose hash changes would fight reveal.js's slide URLs). The deck
 * page adds `ClosingSlide`, which the remark plugin places and which depends on the deck.
 */
import type {ComponentProps, ReactNode} from 'react';
import Slide from './Slide';
import Notes, {NoNotes} from './Notes';
import {Step, Steps} from './Step';
import Question from './Question';
import Demo from './Demo';
import Appendix from './Appendix';
import LabCommand from './LabCommand';
import LabOutput from './LabOutput';

function plain(Tag: 'h1' | 'h2' | 'h3' | 'h4') {
  return function Heading({children, className}: ComponentProps<'h2'>): ReactNode {
    return <Tag className={className}>{children}</Tag>;
  };
}

export const deckMdxComponents = {
  Slide,
  Notes,
  NoNotes,
  Step,
  Steps,
  Question,
  Demo,
  Appendix,
  LabCommand,
  LabOutput,
  h1: plain('h1'),
  h2: plain('h2'),
  h3: plain('h3'),
  h4: plain('h4'),
};
