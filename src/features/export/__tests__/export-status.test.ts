import { ExportError, failureMessage } from '../export-status';

test('a failed download reads as a network failure, in Chinese, without the address', () => {
  const error = new TypeError(
    'Failed to fetch dynamically imported module: http://localhost/assets/export-images-x.js',
  );
  expect(failureMessage(error)).toBe('导出失败：网络中断，请重试');
});

test('a failure written for the user is shown as it is; any other error only as 导出失败', () => {
  expect(failureMessage(new ExportError('图表「按层级」尚未显示'))).toBe('导出失败：图表「按层级」尚未显示');
  expect(failureMessage(new Error('PNG encoding failed'))).toBe('导出失败，请重试');
  expect(failureMessage('boom')).toBe('导出失败，请重试');
});
