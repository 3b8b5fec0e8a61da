import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import {labs} from './labs/registry';

/** Two sidebars: the course (reading and preparing) and the labs (doing), one page per lab of the registry. */
const sidebars: SidebarsConfig = {
  course: [
    'course/outline',
    'course/before-the-tutorial',
    'course/troubleshooting',
    'course/instructors',
    'course/how-this-course-is-proven',
    'course/about',
  ],
  labs: [{type: 'doc', id: 'labs/index', label: 'All labs'}, ...labs.map((lab) => `labs/${lab.id}`)],
};

export default sidebars;
