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
  {ref: 'nginx:1.26', why: 'the web server in front of the data application of lab 05'},
  {ref: 'postgres:17-trixie', why: 'the database of the data application of lab 05'},
];

/** The image the setup check runs: the course's Python base, so the check also pre-pulls it. */
export const setupCheckImage = 'python:3.11-slim-bookworm';
