export default {
  test: { environment: 'jsdom', include: ['*.test.jsx'], setupFiles: ['./setup.js'] },
  oxc: { jsx: { runtime: 'automatic' } },
};
