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
  'dataset.noise.label': '噪声',
  'dataset.noise.help': '数据点偏离干净形状的程度。',
  'dataset.numPoints.label': '点数',
  'dataset.numPoints.help': '训练点和测试点的总数。',
  'dataset.trainFraction.label': '训练集比例',
  'dataset.trainFraction.help': '用于训练的样本比例；其余用来衡量泛化能力。',
  'dataset.seed.label': '数据种子',
  'dataset.seed.help': '种子相同，数据点和划分就都相同。',
  'dataset.numClasses.label': '类别数',
  'dataset.numClasses.help': '类别的个数（高斯团或螺旋臂的个数）。',
  'dataset.arms.label': '臂数',
  'dataset.arms.help': '螺旋臂的个数，每条臂一个类别。',
  'dataset.blobs.help': '高斯团的个数，每团一个类别。',
  // ── dataset ── end

  // ── model ── begin
  // 面板
  'model.title': '模型',
  'model.input': '输入：{input}。',
  'model.inputPending': '你的数据（载入后确定）',
  'model.inputImages': '{shape} 的图像',
  'model.inputPlane': '2 个特征（x, y）',
  'model.inputRows': '每行 {count} 个特征',
  'model.presets': '预设模型',
  'model.hiddenLayer': '隐藏层 {number}',
  'model.up': '上移',
  'model.down': '下移',
  'model.remove': '删除',
  'model.moveUp': '将第 {number} 层上移',
  'model.moveDown': '将第 {number} 层下移',
  'model.removeLayer': '删除第 {number} 层',
  'model.whatIs': '什么是 {name}？',
  'model.activationIs': '激活函数 {name}：',
  'model.outputLayer': '输出层',
  'model.output': '输出：{units}，{activation}',
  'model.units': '{count} 个单元',
  'model.followsFrom': '（由{what}决定）',
  'model.followsRegression': '实数目标',
  'model.followsClasses': '{count} 个类别和{loss}',
  'model.newLayer': '新的层',
  'model.addLayer': '添加层',
  'model.layerLimit': '最多 {max} 个隐藏层：删除一层才能再添加。',
  'model.moveHint': 'Alt+↑ 和 Alt+↓ 移动光标所在的层。',
  'model.trainableParameters': '可训练参数：',
  'model.parameters': '{count} 个参数',
  'model.runningStatistics': '（+{count} 个滑动统计量）',
  'model.readsAsRow': '（把 {shape} 的图像读成一行）',
  // 层的设置
  'model.fieldOfLayer': '第 {number} 层{label}',
  'model.padding': '填充',
  'model.padding.same': 'same（保持尺寸）',
  'model.padding.valid': 'valid（不填充）',
  'model.activation': '激活函数',
  'model.initialiser': '初始化方法',
  'model.moreSettings': '第 {number} 层的更多设置',
  'model.hideSettings': '收起第 {number} 层的设置',
  'model.ownStrengths': '本层 L1 {l1}、L2 {l2}',
  'model.globalStrengths': '全局 L1/L2',
  'model.ownL1L2': '本层 L1/L2',
  'model.ownL1L2.help': '为这一层设置自己的正则化强度，而不用全局的。',
  'model.units.label': '单元数',
  'model.units.help': '这一层的神经元个数。',
  'model.filters.label': '滤波器数',
  'model.filters.help': '这一层学习的特征图个数。',
  'model.kernelSize.label': '卷积核大小',
  'model.kernelSize.help': '每个正方形滤波器的边长（像素）。',
  'model.stride.label': '步幅',
  'model.stride.help': '滤波器每次移动的像素数。',
  'model.poolSize.label': '池化窗口',
  'model.poolSize.help': '每个正方形窗口的边长（像素）。',
  'model.rate.label': '丢弃率',
  'model.rate.help': '每个训练步中被置零的输入比例。',
  'model.l1.label': 'L1',
  'model.l1.help': '本层的惩罚项 l1 · Σ|w|：把权重推向恰好为零。',
  'model.l2.label': 'L2',
  'model.l2.help': '本层的惩罚项 l2 · Σw²：让权重保持较小。',
  // 层的种类
  'model.dense.label': 'Dense（全连接层）',
  'model.dense.description': '每个输入都连到每个单元：最基本的构件。',
  'model.dense.explanation':
    '每个单元对全部输入做加权求和，加上偏置，再经过激活函数。堆叠全连接层能让网络弯曲决策边界；在图像上，它不知道哪些像素彼此相邻。',
  'model.conv2d.label': 'Conv2D（卷积层）',
  'model.conv2d.description': '让学到的小滤波器在图像上滑动：无论图案出现在哪里都能找到。',
  'model.conv2d.explanation':
    '每个滤波器是一小块正方形的权重，在图像上滑动；它的输出是一张图，标出图案出现的位置。各位置共享同一组权重，所以卷积层要学的参数远少于全连接层。填充“same”会在边缘补零，使图像（步幅为 1 时）保持尺寸；“valid”不补零，图像会缩小“卷积核大小减一”。它需要图像输入 [高, 宽, 通道]。',
  'model.maxPool2d.label': 'MaxPooling2D（最大池化）',
  'model.maxPool2d.description': '保留每个窗口中最大的值：缩小图像，留住找到的特征。',
  'model.maxPool2d.explanation':
    '把每张特征图分成若干窗口，每个窗口只保留最大值，于是特征图变小，输入的小幅平移也不那么要紧。没有要学习的权重。',
  'model.avgPool2d.label': 'AveragePooling2D（平均池化）',
  'model.avgPool2d.description': '对每个窗口取平均：平滑地缩小图像。',
  'model.avgPool2d.explanation':
    '把每张特征图分成若干窗口，每个窗口保留平均值，使特征图变小。比最大池化更温和；没有要学习的权重。',
  'model.flatten.label': 'Flatten（展平）',
  'model.flatten.description': '把图像的值排成一行，后面才能接全连接层。',
  'model.flatten.explanation':
    '把 [高, 宽, 通道] 变成一行，共 高 × 宽 × 通道 个值。卷积层和全连接层之间需要它；没有权重。',
  'model.dropout.label': 'Dropout（随机失活）',
  'model.dropout.description': '训练时把随机一部分输入置零：一种防止过拟合的正则化方法。',
  'model.dropout.explanation':
    '每个训练步中，随机一部分值（比例即丢弃率）被置零，其余的乘以 1/(1 − rate) 放大，这样任何单元都不能只依赖另一个单元。测试时它什么也不做。丢弃的模式由权重种子决定。',
  'model.batchNorm.label': 'BatchNorm（批归一化）',
  'model.batchNorm.description': '在批内把每个通道缩放到均值 0、方差 1，再学习缩放和平移。',
  'model.batchNorm.explanation':
    '训练时，每个通道用当前批的均值和方差归一化，再乘以 γ、加上 β（两者都是学出来的）；测试时使用这些统计量的滑动平均（动量 0.99，ε = 0.001，与 Keras 相同）。常常允许使用更大的学习率。',
  // 激活函数
  'model.relu.label': 'ReLU',
  'model.relu.description': '正值原样通过，负值变为零：计算快，通常的默认选择。',
  'model.relu.formula': 'max(0, z)',
  'model.leakyRelu.label': 'leaky ReLU',
  'model.leakyRelu.description': '类似 ReLU，但在零以下也放过一点，使单元不会永久“死亡”。',
  'model.leakyRelu.formula': 'z > 0 时为 z，否则为 0.2·z',
  'model.elu.label': 'ELU',
  'model.elu.description': '类似 ReLU 但更平滑，零以下取负值，使输出保持居中。',
  'model.elu.formula': 'z > 0 时为 z，否则为 eᶻ − 1',
  'model.selu.label': 'SELU',
  'model.selu.description': '缩放过的 ELU，在很深的网络中保持激活值归一化（与 LeCun 初始化搭配）。',
  'model.selu.formula': 'z > 0 时为 λ·z，否则为 λ·α·(eᶻ − 1)，λ ≈ 1.0507，α ≈ 1.6733',
  'model.tanh.label': 'tanh',
  'model.tanh.description': '压缩到 −1..1，以零为中心；输入很大时饱和。',
  'model.tanh.formula': '(eᶻ − e⁻ᶻ) / (eᶻ + e⁻ᶻ)',
  'model.sigmoid.label': 'sigmoid',
  'model.sigmoid.description': '压缩到 0..1；在隐藏层中容易饱和，使学习变慢。',
  'model.sigmoid.formula': '1 / (1 + e⁻ᶻ)',
  'model.softplus.label': 'softplus',
  'model.softplus.description': '平滑的 ReLU：始终为正，从不恰好为零。',
  'model.softplus.formula': 'log(1 + eᶻ)',
  'model.swish.label': 'swish',
  'model.swish.description': 'z 乘以它自己的 sigmoid：平滑，略低于零处有个小凹，在深层网络中常胜过 ReLU。',
  'model.swish.formula': 'z · sigmoid(z)',
  'model.linear.label': 'linear（线性）',
  'model.linear.description': '完全不压缩：堆叠的线性层仍然只是一个线性映射。',
  'model.linear.formula': 'z',
  // 初始化方法
  'model.glorot.label': 'Glorot 均匀分布',
  'model.glorot.description':
    'Keras 的默认方法：前向和反向传播时都让信号的方差保持稳定；适合 tanh 和 sigmoid。',
  'model.he.label': 'He 均匀分布',
  'model.he.description': '方差是 LeCun 的两倍，以弥补 ReLU 把一半输入置零：适合 ReLU 及其变体。',
  'model.lecun.label': 'LeCun 均匀分布',
  'model.lecun.description': '方差为 1/fan_in：SELU 的搭档，也适合 tanh。',
  // 预设模型
  'model.logistic.label': '逻辑回归',
  'model.logistic.description': '没有隐藏层：仅靠输出层，每个类别画一条直线边界。',
  'model.smallMlp.label': '小型 MLP',
  'model.smallMlp.description': '两个各 16 个 ReLU 单元的全连接层：足以弯曲大多数玩具数据集的边界。',
  'model.deepMlp.label': '深层 MLP',
  'model.deepMlp.description': '四个各 32 个 ReLU 单元的全连接层：更深，适合多臂螺旋这类纠缠的数据。',
  'model.lenet.label': 'LeNet 式 CNN',
  'model.lenet.description': '卷积、池化、卷积、池化，再接全连接层：为图像而设计。',
  'model.lenet.unavailable': 'LeNet 式 CNN 需要图像数据集（例如 Digits 8×8）。',
  'model.presetNeedsData': '请先载入你的数据。',
  // 网络为何不能工作
  'model.problem.units': '{units} 个单元：全连接层至少需要 1 个单元。',
  'model.problem.outputNeedsFlatten': '输出层是全连接层：请先在{source}之后加一个 Flatten。',
  'model.problem.denseNeedsFlatten': '{source}之后的全连接层需要先加一个 Flatten。',
  'model.problem.needsImage': '{layer}需要图像输入 [高, 宽, 通道]；{source}。',
  'model.problem.dataGives': '这个数据集给出的是{input}',
  'model.problem.layerGives': '前一层给出的是一行 {count} 个值',
  'model.problem.filters': '{filters} 个滤波器：Conv2D 至少需要 1 个。',
  'model.problem.kernelStride': 'Conv2D 的卷积核大小和步幅都至少为 1。',
  'model.problem.kernelFit':
    'Conv2D 的 {kernel}×{kernel} 卷积核放不进 {height}×{width} 的输入：请使用 same 填充或更小的卷积核。',
  'model.problem.poolSize': '{layer}的池化窗口至少为 1。',
  'model.problem.poolFit':
    '{layer}的 {pool}×{pool} 窗口放不进 {height}×{width} 的输入：请删除它或用更小的窗口。',
  'model.problem.cannotWork': '这一层在这里无法工作。',
  'model.problem.tooManyParameters':
    '这个模型有 {count} 个可训练参数；在浏览器中最多 {max} 个参数才能以可用的速度训练。请减少单元数或滤波器数，或在展平之前先池化。',
  // ── model ── end

  // ── loss ── begin
  // 面板
  'loss.title': '损失函数',
  'loss.function': '损失函数',
  'loss.fit.natural': '天然匹配。',
  'loss.fit.works': '可以使用。',
  'loss.fit.mismatch': '不太匹配，但能运行。',
  'loss.fit.blocked': '在这里无法使用。',
  'loss.outputLayer': '输出层：{output}。',
  'loss.whatIs': '什么是{name}？',
  // 各损失函数
  'loss.binaryCrossentropy.label': '二元交叉熵',
  'loss.binaryCrossentropy.description': '用于两个类别：一个 sigmoid 输出，读作属于类别 1 的概率。',
  'loss.binaryCrossentropy.explanation':
    '衡量模型对真实类别有多“意外”：有把握且答对几乎不花代价，有把握却答错代价很大。概率被截断到 [10⁻⁷, 1 − 10⁻⁷]，所以饱和的输出代价约为 16，而不是无穷大。',
  'loss.binaryCrossentropy.formula': '−(y·log p + (1−y)·log(1−p))',
  'loss.categoricalCrossentropy.label': '分类交叉熵',
  'loss.categoricalCrossentropy.description': '用于两个或更多类别：softmax 输出，每个类别一个概率。',
  'loss.categoricalCrossentropy.explanation':
    '交叉熵的多类别形式：softmax 给真实类别的概率取对数再取负。只要每个样本恰好属于 k 个类别之一，这就是通常的选择。',
  'loss.categoricalCrossentropy.formula': '−Σₖ yₖ·log pₖ',
  'loss.meanSquaredError.label': '均方误差',
  'loss.meanSquaredError.description': '输出与目标之差的平方：回归问题的天然损失函数。',
  'loss.meanSquaredError.explanation':
    '对预测与目标之差的平方取平均，所以大误差比小误差重得多。它为实数目标而设计；用在分类上也能运行，但比交叉熵学得慢，因为饱和的 sigmoid 几乎不给它梯度。',
  'loss.meanSquaredError.formula': 'mean((y − ŷ)²)',
  'loss.meanAbsoluteError.label': '平均绝对误差',
  'loss.meanAbsoluteError.description': '输出与目标之差的绝对值：对离群点不敏感的回归损失。',
  'loss.meanAbsoluteError.explanation':
    '对差的绝对值取平均，每一单位误差的代价都相同：离群点的拉力远小于平方误差。目标附近和远处的梯度大小一样，所以最后几步会来回跳动。',
  'loss.meanAbsoluteError.formula': 'mean(|y − ŷ|)',
  'loss.hinge.label': '合页损失（hinge）',
  'loss.hinge.description': 'SVM 的损失函数：要求样本以 1 的间隔落在边界正确一侧，目标为 −1 和 +1。',
  'loss.hinge.explanation':
    '目标变为 −1 和 +1，输出为线性。落在正确一侧且间隔至少为 1 的样本不计代价；在间隔之内或落在错误一侧，代价线性增长。模型学到的是一条边界，而不是概率。',
  'loss.hinge.formula': 'mean(max(0, 1 − y·ŷ))',
  'loss.squaredHinge.label': '平方合页损失',
  'loss.squaredHinge.description': '合页损失的平方：在间隔处平滑，对严重违例惩罚更重。',
  'loss.squaredHinge.explanation':
    '合页损失的平方：间隔之外仍为零，但在间隔起点处平滑，对落在错误一侧很远的样本按平方增长。',
  'loss.squaredHinge.formula': 'mean(max(0, 1 − y·ŷ)²)',
  'loss.huber.label': 'Huber 损失',
  'loss.huber.description': '小误差用平方误差，大误差用绝对误差：稳健的回归损失。',
  'loss.huber.explanation':
    '误差在 δ = 1 以内时是二次的，超出后是线性的：在目标附近像平方误差一样平滑，而离群点的拉力只和绝对误差一样大。',
  'loss.huber.formula': 'mean(|e| ≤ 1 时为 ½e²，否则为 1·(|e| − ½·1))，e = y − ŷ',
  // 损失函数顾问
  'loss.advice.outputUnits': '{count} 个 {activation} 单元',
  'loss.advice.pending': '{loss}：数据载入后，输出层会随之确定。',
  'loss.advice.regressionBlocked':
    '{loss}比较的是类别预测，但这个数据集的目标是实数：请选择均方误差、平均绝对误差或 Huber 损失。',
  'loss.advice.regression': '一个实数目标，{output}；{why}。',
  'loss.advice.why.meanSquaredError': '偏差越大代价越高',
  'loss.advice.why.meanAbsoluteError': '每一单位误差代价相同，离群点的拉力较小',
  'loss.advice.why.huber': '靠近目标时取平方，远离时取绝对值',
  'loss.advice.binaryTwo': '两个类别，{output}，读作属于类别 1 的概率。',
  'loss.advice.binaryMany':
    '它把 {count} 个类别当作 {count} 个独立的是非题（{output}）：若每个样本只属于一个类别，用 softmax 输出的分类交叉熵更合适。',
  'loss.advice.categoricalTwo': '{output}，每个类别一个概率。二元交叉熵用一个 sigmoid 单元就能做到同样的事。',
  'loss.advice.categoricalMany': '{count} 个类别，{output}，每个类别一个概率。',
  'loss.advice.regressionOnClasses':
    '{loss}是为回归设计的；用在{output}上能运行，但交叉熵通常学类别更快。请留意曲线。',
  'loss.advice.hingeTwo': '目标变为 −1 和 +1，作用在{output}上，就像支持向量机；类别由分数的正负号决定。',
  'loss.advice.hingeMany': '目标变为 −1 和 +1，作用在{output}上，就像支持向量机；类别取分数最大的那个。',
  // ── loss ── end

  // ── optimizer ── begin
  // 面板
  'optimizer.title': '优化器',
  'optimizer.algorithm': '算法',
  'optimizer.whatIs': '什么是 {name}？',
  'optimizer.rateSlider': '学习率滑块（对数刻度）',
  'optimizer.trainingSettings': '训练设置',
  'optimizer.whatAreSettings': '什么是批大小、训练轮数和 L1/L2？',
  'optimizer.settingsBatches':
    '优化器每走一步只看一批样本；一轮（epoch）是把整个训练集过一遍。小批量每轮走很多步，但噪声大；大批量步数少，但更平稳。',
  'optimizer.settingsPenalties':
    'L1 和 L2 在损失上加一项对权重的惩罚（即 Keras 的 kernel regularizer）：L1 = l1·Σ|w| 把无用的权重推向恰好为零，L2 = l2·Σw² 让所有权重保持较小。两者都以训练集上的拟合换取更平滑、泛化更好的模型。每一层也可以在它的“更多设置”里设定自己的强度。',
  'optimizer.scheduleHeading': '学习率调度',
  'optimizer.schedule': '调度方式',
  'optimizer.whatIsSchedule': '什么是“{name}”调度？',
  'optimizer.scheduleSymbols': 't 是已走的优化步数，s 是每轮的步数；训练重新开始时，调度也从头开始。',
  'optimizer.clipGradients': '梯度裁剪',
  'optimizer.whatIsClipping': '什么是梯度裁剪？',
  'optimizer.clippingExplanation':
    '每一步之前，把所有权重的梯度合起来当作一个长向量来衡量；若它比最大范数还长，就按原方向缩短到这个长度（即 Keras 的 global_clipnorm）。这样，损失曲面上的陡崖就不会把权重甩得很远。',
  // 优化器
  'optimizer.sgd.label': 'SGD',
  'optimizer.sgd.description':
    'SGD（随机梯度下降）沿每个小批量梯度的反方向走一步。加上动量后，它保持一个速度，使路径更平滑；Nesterov 动量先沿这个速度向前看一步，再计算梯度。',
  'optimizer.sgd.updateRule': 'v ← μ·v − η·g；w ← w + v   （Nesterov：w ← w + μ·v − η·g）',
  'optimizer.rmsprop.label': 'RMSprop',
  'optimizer.rmsprop.description':
    'RMSprop 用近期梯度平方的滑动平均去除每一步，使陡峭和平缓的方向以相近的速度前进。',
  'optimizer.rmsprop.updateRule':
    's ← ρ·s + (1−ρ)·g²；w ← w − η·g / √(s + ε)   （centered：除以 √(s − ḡ² + ε)）',
  'optimizer.adagrad.label': 'Adagrad',
  'optimizer.adagrad.description':
    'Adagrad 用至今所有梯度平方之和的平方根去除每一步：很少更新的权重保持较大的步长，但所有步长都会随时间缩小。',
  'optimizer.adagrad.updateRule': 's ← s + g²；w ← w − η·g / √(s + ε)',
  'optimizer.adadelta.label': 'Adadelta',
  'optimizer.adadelta.description':
    'Adadelta 类似 RMSprop，但用过去步长的滑动平均来缩放每一步，所以学习率几乎不用调。',
  'optimizer.adadelta.updateRule': 's ← ρ·s + (1−ρ)·g²；Δ = √(d+ε)/√(s+ε)·g；d ← ρ·d + (1−ρ)·Δ²；w ← w − η·Δ',
  'optimizer.adam.label': 'Adam',
  'optimizer.adam.description':
    'Adam 结合了动量和 RMSprop，并对最初几步做偏差修正：对大多数问题都是稳健的默认选择。',
  'optimizer.adam.updateRule':
    'm ← β₁m + (1−β₁)g；v ← β₂v + (1−β₂)g²；w ← w − η·m̂ / (√v̂ + ε)，m̂ = m/(1−β₁ᵗ)，v̂ = v/(1−β₂ᵗ)',
  'optimizer.adamax.label': 'Adamax',
  'optimizer.adamax.description': 'Adam 的变体：除以近期最大的梯度，而不是均方根。',
  'optimizer.adamax.updateRule': 'm ← β₁m + (1−β₁)g；u ← max(β₂u, |g|)；w ← w − η/(1−β₁ᵗ) · m / (u + ε)',
  // 超参数
  'optimizer.learningRate.label': '学习率',
  'optimizer.learningRate.help': '每一步下坡的步长：太小则爬得慢，太大则发散。',
  'optimizer.epsilon.label': 'Epsilon（ε）',
  'optimizer.epsilon.help': '一个很小的常数，使除法保持稳定。',
  'optimizer.momentum.label': '动量',
  'optimizer.momentum.help': '上一步带入这一步的比例：帮助越过小的起伏。',
  'optimizer.nesterov.label': 'Nesterov',
  'optimizer.nesterov.help': '在动量即将带你到达的位置计算梯度。',
  'optimizer.rho.label': 'Rho（ρ）',
  'optimizer.rho.help': '梯度平方的平均能记住多久。',
  'optimizer.rho.helpAdadelta': '两个滑动平均能记住多久。',
  'optimizer.centered.label': 'Centered（中心化）',
  'optimizer.centered.help': '除以方差，而不是原始的二阶矩。',
  'optimizer.initialAccumulator.label': '累加器初值',
  'optimizer.initialAccumulator.help': '梯度平方之和的起始值。',
  'optimizer.beta1.label': 'Beta 1（β₁）',
  'optimizer.beta1.help': '梯度平均（动量）的衰减率。',
  'optimizer.beta2.label': 'Beta 2（β₂）',
  'optimizer.beta2.help': '梯度平方平均的衰减率。',
  'optimizer.beta2.helpAdamax': '近期最大梯度的衰减率。',
  // 学习率调度与梯度裁剪
  'optimizer.constant.label': '恒定',
  'optimizer.constant.description': '从第一步到最后一步都用同一个学习率。',
  'optimizer.constant.formula': 'η',
  'optimizer.stepDecay.label': '阶梯衰减',
  'optimizer.stepDecay.description':
    '每隔几轮把学习率乘以一个固定因子（Keras ExponentialDecay，staircase）。',
  'optimizer.stepDecay.formula': 'η · rate^⌊t / (epochs·s)⌋',
  'optimizer.exponentialDecay.label': '指数衰减',
  'optimizer.exponentialDecay.description':
    '平滑地缩小学习率，每个衰减周期乘以衰减率（Keras ExponentialDecay）。',
  'optimizer.exponentialDecay.formula': 'η · rate^(t / (epochs·s))',
  'optimizer.cosineDecay.label': '余弦衰减',
  'optimizer.cosineDecay.description':
    '沿半个余弦从完整的学习率降到下限，之后保持不变（Keras CosineDecay）。',
  'optimizer.cosineDecay.formula': 'η · ((1−α)·½(1 + cos(π·min(t, T)/T)) + α)，T = epochs·s',
  'optimizer.decayEpochs.label': '衰减轮数',
  'optimizer.decayEpochs.helpStep': '两次降低之间的轮数。',
  'optimizer.decayEpochs.helpExponential': '学习率乘以一次衰减率所经过的轮数。',
  'optimizer.decayEpochs.helpCosine': '从完整学习率降到下限所经过的轮数。',
  'optimizer.decayRate.label': '衰减率',
  'optimizer.decayRate.help': '每个衰减周期学习率所乘的因子。',
  'optimizer.alpha.label': '下限（α）',
  'optimizer.alpha.help': '衰减结束时剩下的学习率比例。',
  'optimizer.clipNorm.label': '最大梯度范数',
  'optimizer.clipNorm.help': '比这更长的梯度（所有权重合在一起）会被缩短到这个长度。',
  // 训练设置
  'optimizer.batchSize.label': '批大小',
  'optimizer.batchSize.help': '每一步的样本数：小批量噪声大，但每轮走的步数多。',
  'optimizer.epochs.label': '训练轮数',
  'optimizer.epochs.help': '训练自动停止之前遍历训练集的次数。',
  'optimizer.l1.label': 'L1 正则化',
  'optimizer.l1.help': '对每个权重大小的惩罚（l1 · Σ|w|）：把无用的权重压到恰好为零。',
  'optimizer.l2.label': 'L2 正则化',
  'optimizer.l2.help': '对大权重的惩罚（l2 · Σw²）：以训练集上的拟合换取更平滑的边界。',
  'optimizer.seed.label': '权重种子',
  'optimizer.seed.help': '种子相同，初始权重、批次顺序和 dropout 就都相同。',
  // ── optimizer ── end

  // ── experiment ── begin
  'experiment.bounds.whole': '{name}必须是 {min} 到 {max} 之间的整数。',
  'experiment.bounds.number': '{name}必须是 {min} 到 {max} 之间的数。',
  'experiment.bounds.wholeToTrainingSet': '{name}必须是从 {min} 到训练集大小（{limit}）之间的整数。',
  'experiment.bounds.numberToTrainingSet': '{name}必须是从 {min} 到训练集大小（{limit}）之间的数。',
  'experiment.empty': '{name}为空。{bounds}',
  'experiment.notNumber': '“{text}”不是数字。{bounds}',
  'experiment.notFinite': '“{text}”不是有限的数。{bounds}',
  'experiment.listSeparator': '、',
  'experiment.oneOf': '{list}或{last}之一',
  'experiment.fieldOfLayer': '第 {number} 层的{label}',
  'experiment.layerKind': '第 {number} 层必须是{choices}。',
  'experiment.layerActivation': '第 {number} 层的激活函数必须是{choices}。',
  'experiment.layerInitializer': '第 {number} 层的初始化方法必须是{choices}。',
  'experiment.layerPadding': '第 {number} 层的填充必须是 valid 或 same。',
  'experiment.tooManyLayers': '模型最多只能有 {max} 个隐藏层。',
  'experiment.customClasses': '自己的数据必须有 2 到 {max} 个类别。',
  'experiment.fixedRegression': '{dataset}是回归数据集（1 个输出），不是 {count}。',
  'experiment.fixedClasses': '{dataset}有 {fixed} 个类别，不是 {count}。',
  'experiment.datasetChoice': '数据集必须是{choices}。',
  'experiment.lossChoice': '损失函数必须是{choices}。',
  'experiment.optimizerChoice': '优化器必须是{choices}。',
  'experiment.scheduleChoice': '学习率调度必须是{choices}。',
  'experiment.noSetting': '{owner}没有“{key}”这个设置。',
  'experiment.onOrOff': '{name}只能是开或关。',
  // ── experiment ── end

  // ── share ── begin
  // ── share ── end

  // ── link ── begin
  'link.seedCount.label': '每个变体的种子数',
  'link.seedCount.help': '每个变体对每个种子各训练一次；图表显示均值和最小–最大范围。',
  'link.smoothing.label': '平滑',
  'link.smoothing.help': '指数滑动平均的权重：0 表示画原始曲线。',
  'link.targetAccuracy.label': '目标测试准确率（%）',
  'link.targetAccuracy.help': '汇总表报告首次达到它的那一轮。',
  // ── link ── end
};
