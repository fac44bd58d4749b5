import { HelperArgumentError, type TemplateHelper } from '../template-helper.js';
import { numberedMeasures, requirementOf, responsibilityOf, type Task } from '../../tasks/task-set.js';

const PARTS: Record<string, (t: Task) => string | undefined> = {
  任务: (t) => t.title?.value,
  // In a body paragraph the measures run on: 一是……。二是……。
  举措: (t) => numberedMeasures(t).map((m) => m.value).join(''),
  时限: (t) => t.deadline?.value,
  责任单位: (t) => responsibilityOf(t) || undefined,
  考核要求: (t) => requirementOf(t)?.value,
};

/** `{{任务 3 "举措"}}` quotes task 3 of tasks.yaml, so the body and the tables say the same words. */
export const taskHelper: TemplateHelper = {
  name: '任务',
  usage: '{{任务 3 "举措"}}',
  minArgs: 2,
  maxArgs: 2,
  run([id, part], call) {
    const parts = Object.keys(PARTS).join('、');
    if (!call.tasks) throw new HelperArgumentError('本文件夹里没有 tasks.yaml，无从引用任务', '在文档文件夹里建立 tasks.yaml（格式见 README“任务”），或删去这处 {{任务}}');
    if (typeof part !== 'string' || !(part in PARTS)) throw new HelperArgumentError(`“任务”的第二个参数应是 ${parts} 之一`, '写作 {{任务 3 "举措"}}，第二个参数加引号');
    const task = call.tasks.tasks.find((t) => t.id === String(id));
    if (!task) {
      throw new HelperArgumentError(`tasks.yaml 里没有编号为“${String(id)}”的任务`, `现有编号：${call.tasks.tasks.map((t) => t.id).slice(0, 30).join('、')}`);
    }
    const text = PARTS[part]!(task);
    if (text === undefined) throw new HelperArgumentError(`任务${task.id}没有写“${part === '责任单位' ? '牵头或责任单位' : part}”`, `在 ${call.tasks.file} 里给任务${task.id}补上这一项`);
    return text;
  },
};
