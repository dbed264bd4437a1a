/**
 * 简体中文 (Simplified Chinese). Terms as Chinese textbooks use them: 损失函数, 优化器, 学习率, 交叉熵,
 * 随机梯度下降, 动量; Latin names kept where Chinese texts keep them (SGD, Adam, ReLU). Each area of
 * the app has its section, in the English catalogue's order.
 */
import type { Catalogue } from '../catalogue';

export const zh: Catalogue = {
  // ── shell ── begin
  'shell.title': '神经网络训练场',
  'shell.tagline': '按“训练”，看网络如何学习；在下方更换它的数据集、模型、损失函数或优化器。',
  'shell.language': '语言',
  'shell.languageLoadFailed': '未能载入{language}文本（{detail}），页面保持原来的语言。',
  // ── shell ── end

  // ── training ── begin
  // ── training ── end

  // ── charts ── begin
  // ── charts ── end

  // ── compare ── begin
  // ── compare ── end

  // ── dataset ── begin
  // ── dataset ── end

  // ── model ── begin
  // ── model ── end

  // ── loss ── begin
  // ── loss ── end

  // ── optimizer ── begin
  // ── optimizer ── end

  // ── experiment ── begin
  // ── experiment ── end

  // ── share ── begin
  // ── share ── end

  // ── link ── begin
  // ── link ── end
};
