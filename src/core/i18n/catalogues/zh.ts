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
  'link.copyLink': '复制链接',
  'link.copied': '链接已复制到剪贴板。',
  'link.copiedWithNote': '链接已复制到剪贴板。{note}',
  'link.clipboardFailed': '无法访问剪贴板：请复制地址栏中的地址。',
  'link.bannerTitle': '此链接的部分内容无法使用',
  'link.dismiss': '关闭',
  'link.lockedByLink': '已被此链接锁定',
  'link.asWritten': '{text}',
  'link.empty': '{name} 为空，保留 {kept}',
  'link.notNumber': '{name} {value} 不是数字，保留 {kept}',
  'link.notFinite': '{name} {value} 不是有限数，保留 {kept}',
  'link.notWhole': '{name} {value} 不是整数，已取整为 {rounded}',
  'link.belowMin': '{name} {value} 低于最小值 {min}，已改为 {min}',
  'link.aboveMax': '{name} {value} 超过最大值 {max}，已改为 {max}',
  'link.unknownWord': '{name} {value} 不是已知的{what}（可选：{choices}），保留 {kept}',
  'link.what.dataset': '数据集',
  'link.what.loss': '损失函数',
  'link.what.optimizer': '优化器',
  'link.what.schedule': '学习率调度',
  'link.what.xAxis': '横轴',
  'link.notFlag': '{name} {value} 不是 1 或 0，保留 {kept}',
  'link.notBoolean': '{name} {value} 不是 true 或 false，保留 {kept}',
  'link.notApplicable': '{name} 不适用于{owner}，已忽略',
  'link.batchAboveTrainingSet': '{name} {value} 超过训练集大小（{limit}），已改为 {limit}',
  'link.tooLong': '链接中的设置过长（{length} 个字符，最多 {max} 个），显示默认实验',
  'link.brokenEscape': '{piece} 含有损坏的 % 转义，已忽略',
  'link.keyTooLong': '忽略了一个长 {length} 个字符的键（最多 {max} 个）',
  'link.valueTooLong': '{key} 的值长 {length} 个字符（最多 {max} 个），已忽略',
  'link.repeated': '{key} 出现了多次，使用最后一个',
  'link.unknownVersion': '未知的版本 {version}，按版本 {current} 读取',
  'link.ownData': "{name} 'custom'：你自己的数据从不放进链接，改为显示 {kept}",
  'link.fixedClasses': '{name} 不适用于 {dataset}，它的类别数是固定的，已忽略',
  'link.unknownKey': '未知的键 {key}，已忽略',
  'link.unreadable': '无法读取此链接，显示默认实验',
  'link.unknownLanguage': '{name} {value} 不是本页支持的语言（可选：{choices}），保留你自己的语言',
  'link.notHideable': '{name} {value} 不是链接能隐藏的部分（可选：{choices}），已忽略',
  'link.notLockable': '{name} {value} 不是链接能锁定的部分（可选：{choices}），已忽略',
  'link.ofVariant': '变体 {letter}：{problem}',
  'link.variantGap': '变体 {letter} 之前没有变体 {expected}，按变体 {expected} 读取',
  'link.prefixA': '{key}：变体 A 的设置不加前缀，已忽略',
  'link.tooManyVariants': '{key}：一个链接最多包含 {count} 个变体（A 到 {last}），已忽略',
  'link.sharedData': '{keys}：所有变体都使用变体 A 的数据集，已忽略',
  'link.wholeLink': '{keys}：这是整个链接的设置，不属于单个变体，已忽略',
  'link.layerSetting': '第 {number} 层的{setting}',
  'link.setting.units': '单元数',
  'link.setting.filters': '卷积核数',
  'link.setting.kernelSize': '卷积核大小',
  'link.setting.stride': '步幅',
  'link.setting.poolSize': '池化窗口',
  'link.setting.rate': '丢弃率',
  'link.noActivation': '第 {number} 层没有激活函数，使用 {fallback}',
  'link.unknownActivation': '第 {number} 层的激活函数 {value} 未知（可选：{choices}），使用 {fallback}',
  'link.unknownOption': '第 {number} 层的选项 {value} 未知，已忽略',
  'link.noOptions': '第 {number} 层 {value} 不带选项，已忽略这些选项',
  'link.unknownLayer':
    '第 {number} 层 {value} 不是已知的层（units-activation、conv…、maxpool…、avgpool…、flatten、dropout…、batchnorm），已跳过',
  'link.emptyLayer': '{name} 中有一项为空，已跳过',
  'link.tooManyLayers': '{name} 列出了 {count} 层，最多允许 {max} 层，保留前 {max} 层',
  'link.lossBlocked': '{name} {loss}：{advice}已改用 {fitting}',
  'link.layersCannotWork': '{name} 无法用于此数据集（{reasons}），改用 {fallback}',
  'link.layerReason': '第 {number} 层：{reason}',
  // ── link ── end
};
