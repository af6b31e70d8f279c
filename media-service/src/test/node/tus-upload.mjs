// Drives tus-js-client against media-service for TusUploadApiTest. One argument: a JSON object
//   {endpoint, file, token, filename, chunkSize, stopAfter?, uploadUrl?}
// stopAfter: abort the upload once the server has accepted at least this many bytes (an interrupted
// upload); uploadUrl: resume that upload instead of creating one. Prints one JSON object per line:
// each request (method, Upload-Offset), each response (status, Upload-Offset, Upload-Song-Id), then
// {"type":"aborted"|"success"|"error", ...}.
import { readFileSync } from 'node:fs';
import * as tus from 'tus-js-client';

const options = JSON.parse(process.argv[2]);
const data = readFileSync(options.file);
const print = (event) => process.stdout.write(JSON.stringify(event) + '\n');

const upload = new tus.Upload(data, {
  endpoint: options.endpoint,
  uploadUrl: options.uploadUrl ?? null,
  chunkSize: options.chunkSize,
  metadata: { filename: options.filename, filetype: 'application/octet-stream' },
  headers: { Authorization: options.token },
  retryDelays: null,
  storeFingerprintForResuming: false,
  onBeforeRequest(req) {
    print({ type: 'request', method: req.getMethod(), offset: req.getHeader('Upload-Offset') ?? null });
  },
  onAfterResponse(req, res) {
    print({
      type: 'response',
      method: req.getMethod(),
      status: res.getStatus(),
      offset: res.getHeader('Upload-Offset') ?? null,
      songId: res.getHeader('Upload-Song-Id') ?? null,
    });
  },
  onChunkComplete(chunkSize, accepted) {
    if (options.stopAfter && accepted >= options.stopAfter) {
      upload.abort().then(() => {
        print({ type: 'aborted', offset: accepted, url: upload.url });
        process.exit(0);
      });
    }
  },
  onSuccess() {
    print({ type: 'success', url: upload.url });
  },
  onError(error) {
    const res = error.originalResponse;
    print({
      type: 'error',
      message: String(error.message).split('\n')[0],
      status: res ? res.getStatus() : null,
      body: res ? res.getBody() : null,
    });
    process.exitCode = 1;
  },
});
upload.start();
