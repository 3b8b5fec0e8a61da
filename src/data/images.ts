/**
 * The official images the course uses, by pinned tag. The preparation page tells students to
 * pull exactly these before the tutorial, so the conference WiFi is spared.
 */
export interface CourseImage {
  readonly ref: string;
  readonly why: string;
}

export const courseImages: readonly CourseImage[] = [
  {ref: 'python:3.11-slim-bookworm', why: 'the one Python base image every lab builds on'},
  {ref: 'debian:bookworm-slim', why: 'the small image you pull and run in lab 01'},
];

/** The image the setup check runs: the course's Python base, so the check also pre-pulls it. */
export const setupCheckImage = 'python:3.11-slim-bookworm';
