/** nginx as a child process: shared with `npm run test:load`, so it lives under scripts/lib. */
export {
  NGINX,
  freePort,
  hasNginx,
  nginxTest,
  startNginx,
  type RunningNginx,
} from '../../../tools/lib/nginxProcess'
