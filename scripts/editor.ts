/**
 * `npm run editor`: the editing UI on this computer, over this copy of the repository. Starts the
 * preview server and says where to go; in Chrome or Edge the editor chooses "Làm việc với kho mã
 * nguồn cục bộ" and picks the project folder (the one that holds content/ and .git).
 */
import { handOverToAstro } from '../src/publish/astro-cli.ts';

console.log(
  [
    '',
    'Trình biên tập: mở http://localhost:4321/admin/ bằng Chrome hoặc Edge,',
    'bấm "Làm việc với kho mã nguồn cục bộ" rồi chọn thư mục dự án (thư mục có content/ và .git).',
    'Bài và ảnh được lưu thẳng vào content/; trang xem trước ở http://localhost:4321/ cập nhật ngay.',
    'Dừng: Ctrl+C. Hướng dẫn: docs/huong-dan-bien-tap.md',
    '',
  ].join('\n'),
);
handOverToAstro(['dev', ...process.argv.slice(2)]);
