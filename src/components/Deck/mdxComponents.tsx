/**
 * What deck MDX can use without importing: the deck components, plus plain headings (the docs'
 * headings add "#" anchor links, whose hash changes would fight reveal.js's slide URLs).
 */
import type {ComponentProps, ReactNode} from 'react';
import Slide from './Slide';
import Notes, {NoNotes} from './Notes';
import {Step, Steps} from './Step';
import Question from './Question';
import LabCommands from './LabCommands';

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
  LabCommands,
  h1: plain('h1'),
  h2: plain('h2'),
  h3: plain('h3'),
  h4: plain('h4'),
};
