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
  'training.title': '训练过程',
  'training.train': '训练',
  'training.pause': '暂停',
  'training.step': '训练一轮',
  'training.reset': '重置',

  'training.status.preparing': '正在准备训练',
  'training.status.ready': '就绪 · 第 {epoch} 轮',
  'training.status.training': '训练中 · 第 {epoch} 轮',
  'training.status.trainingProgress': '训练中 · 第 {epoch} 轮：{progress}',
  'training.status.pausing': '正在暂停 · 第 {epoch} 轮',
  'training.status.paused': '已暂停 · 第 {epoch} 轮',
  'training.status.done': '已完成 · 第 {epoch} 轮',
  'training.status.failed': '训练失败：{message}。按“训练”会启动新的 worker。',
  'training.status.trainLoss': '训练损失 {value}',
  'training.status.testAccuracy': '测试准确率 {value}',
  'training.status.testR2': '测试 R² {value}',
  'training.status.backend': '后端 {backend}',
  'training.status.backendSpeed': '后端 {backend}，{speed}',
  'training.perStep': '每步 {ms}',
  'training.state.idle': '就绪',
  'training.state.training': '训练中',
  'training.state.pausing': '正在暂停',
  'training.state.paused': '已暂停',
  'training.state.done': '已完成',
  'training.state.diverged': '已发散',
  'training.state.failed': '失败',
  'training.race.epoch': '第 {epoch} 轮',
  'training.race.epochProgress': '第 {epoch} 轮：{progress}',
  'training.race.variants': '{count} 个变体',
  'training.race.variantsSeeds': '{variants} × {count} 个种子',
  'training.race.failed': '{name}：失败（{message}）',
  'training.race.diverged': '{name}：{message}',
  'training.progress.batches': '第 {done}/{total} 批',
  'training.progress.rate': '{batches} · 每秒 {rate} 个样本 · 本轮约剩 {wait}',
  'training.wait.seconds': '{count} 秒',
  'training.wait.minutes': '{count} 分钟',

  'training.fixFields': '请先改正：{messages}',
  'training.fixProblems': '请先改正：{problems}',
  'training.variantProblem': '变体 {variant}：{problem}',

  'training.divergedAt': '第 {epoch} 轮发散：损失变成了 NaN 或无穷大，训练已停止。解决办法：{advice}',
  'training.advice.lowerRateTo': '降低学习率（把 {current} 改成 {lower} 试试）',
  'training.advice.lowerRate': '降低学习率',
  'training.advice.adam': '换用 Adam 优化器',
  'training.advice.clip': '裁剪梯度（裁剪范数通常从 1 开始试）',
  'training.advice.clipHarder': '更强地裁剪梯度（裁剪范数小于 {norm}）',
  'training.advice.choices': '{first}，或{last}',
  'training.listSeparator': '，',
  'training.webglFallback': 'WebGL 停止工作，训练已在 {backend} 上从第 0 轮重新开始。（{detail}。）',
  'training.error.detail': '{detail}',
  'training.error.unknown': '未知错误',
  'training.error.classMismatch': '数据有 {found} 个类别，但实验需要 {expected} 个：请重新选择数据集',
  'training.error.tfjsLoad': '未能载入 TensorFlow.js 引擎（{detail}），请检查网络连接',
  'training.error.noBackend': '没有一个 tfjs 后端能够启动（已尝试 webgl、wasm 和 cpu）',
  'training.error.workerCrashed': '训练 worker 崩溃：{detail}',
  'training.error.workerCrashedSilently': '训练 worker 崩溃：它没有留下任何信息就停止了',
  'training.error.webglContextLost': '训练 worker 崩溃：WebGL 上下文丢失',
  'training.error.unreadable': '无法读取训练 worker 发来的消息',
  'training.error.workerStopped': '训练 worker 已停止（它自行关闭了，或线程内存耗尽）',
  'training.error.workerSilent': '训练 worker 未在 {seconds} 秒内启动',

  'training.reason.backend': '{backend}',
  'training.reason.chosen': '{backend}：在设置中选定',
  'training.reason.notStarted': '{reason}（选定了 {backend}，但它没能启动）',
  'training.reason.jsCannot': '{reason}（选定了 js，但它只能计算全连接层、dropout 层和展平层）',
  'training.reason.jsSmall': 'js：小型全连接网络，纯 JavaScript 比所有 tfjs 后端都快',
  'training.reason.cpuNoWasm': 'cpu：wasm 在这里没能启动',
  'training.reason.wasmNoWebgl': 'wasm：WebGL 没能启动',
  'training.reason.wasmConvSoftware': 'wasm：卷积网络；这里的 WebGL 是软件渲染（{renderer}）',
  'training.reason.wasmConvNone': 'wasm：卷积网络；这里没有 WebGL',
  'training.reason.webglConv': 'webgl：在 GPU 上训练卷积网络（{renderer}）',
  'training.reason.webglLarge': 'webgl：在 GPU 上训练大型全连接网络（{parameters} 个参数，{renderer}）',
  'training.reason.wasmLarge': 'wasm：WebGL 没能启动；大型全连接网络（{parameters} 个参数）',
  'training.reason.wasmSmallSoftware': 'wasm：小型全连接网络；这里的 WebGL 是软件渲染（{renderer}）',
  'training.reason.wasmSmallNone': 'wasm：小型全连接网络；这里没有 WebGL',
  'training.reason.wasmSmallTooSmall':
    'wasm：小型全连接网络；规模太小（{parameters} 个参数），用 GPU 得不到好处',
  'training.reason.measured': '{reason}；已在本机实测（每步 {times}）',
  'training.reason.measuredFastest': '{reason}；在本机实测最快（每步 {times}）',
  'training.reason.failedWhenTimed': '{reason}（计时时失败：{failures}）',

  'training.advanced': '高级',
  'training.backend': '计算后端',
  'training.backend.auto': '自动',
  'training.backend.webgl': 'WebGL（GPU）',
  'training.backend.wasm': 'WebAssembly',
  'training.backend.cpu': 'tfjs CPU（纯 JavaScript）',
  'training.backend.js': '自带 JavaScript 引擎（全连接网络）',
  'training.backendInUse': '当前后端',
  'training.backendStarting': '启动中…',
  'training.backendInsteadOfWebgl': '{reason}（代替已停止工作的 WebGL）',
  'training.liveTensors': 'worker 中存活的张量',
  'training.advancedHint':
    '更换后端会重新开始训练。张量数是 worker 在最近几轮之后的数目：除非张量泄漏，训练时它应保持不变。',

  'training.decisionBoundary': '决策边界',
  'training.fittedSurface': '拟合曲面',
  'training.boundaryLabel':
    '决策边界：背景颜色是网络在每一点预测的类别；实心点是训练集样本，圆环是测试集样本',
  'training.surfaceLabel':
    '拟合曲面：背景颜色是网络在每一点预测的值（橙色低，蓝色高）；实心点是训练集样本，圆环是测试集样本',
  'training.features': '{count} 个特征',
  'training.noBoundary':
    '这里没有决策边界：它只为二维平面上的点（生成的数据集和手绘的点）绘制，而这份数据有 {features}。训练进展请看曲线。',
  'training.noBoundaryOwnScales':
    '这里没有决策边界：它只为二维平面上的点（生成的数据集和手绘的点）绘制，而这份数据有 {features}，且各有自己的尺度。训练进展请看曲线。',
  'training.trainSampleNote':
    '训练样本超过 {limit} 个时，训练曲线在每轮结束时只用同样的 {sample} 个随机选出的训练样本来测量（关闭 dropout，使用当时的权重），而不是全部样本，以保持训练速度；测试曲线使用整个测试集。',
  // ── training ── end

  // ── charts ── begin
  'charts.loss': '损失',
  'charts.accuracy': '准确率',
  'charts.loading': '正在载入图表…',
  'charts.train': '训练',
  'charts.test': '测试',
  'charts.variantTrain': '{variant} 训练',
  'charts.variantTest': '{variant} 测试',
  'charts.previous': '{line}（上一次）',
  'charts.keyTrain': '训练',
  'charts.keyTest': '测试',
  'charts.afterEpoch': '第 {epoch} 轮后：{change}',
  'charts.latestValues': '{title}：最新数值',
  'charts.latestMeans': '{title}：最新数值，{count} 个种子的均值',
  'charts.variant': '变体',
  'charts.epoch': '轮次',
  'charts.noData': '尚无数据',
  'charts.noneYet': '尚无',
  'charts.notANumber': '已发散（不是数值）',
  'charts.options': '图表选项',
  'charts.xAxis': '横轴',
  'charts.smoothing': '平滑',
  'charts.smoothingOff': '关',
  'charts.logScale': '对数刻度（损失）',
  'charts.logScaleHelp': '损失图的纵轴使用对数刻度；准确率图仍为线性。',
  'charts.axis.epochs': '轮数',
  'charts.axis.examples': '已见样本数',
  'charts.axis.time': '实际用时',
  'charts.unit.epochs': '轮次',
  'charts.unit.examples': '已见样本数',
  'charts.unit.time': '训练秒数',
  // ── charts ── end

  // ── compare ── begin
  'compare.region': '对比',
  'compare.start': '对比',
  'compare.startHint': '让这个实验与它的一个变体赛跑，使用相同的数据和初始权重。',
  'compare.preset': '现成的对比',
  'compare.choose': '选择…',
  'compare.preset.sgdAdam': 'SGD 对比 Adam',
  'compare.preset.momentum': 'SGD、动量与 Nesterov',
  'compare.preset.learningRates': '学习率 0.001 / 0.01 / 0.1',
  'compare.variants': '变体（下方面板编辑按下的那个）',
  'compare.remove': '移除变体 {variant}',
  'compare.removeHelp': '移除这个变体',
  'compare.add': '+ 添加变体',
  'compare.full': '最多 {max} 个变体。',
  'compare.seeds': '每个变体的种子数',
  'compare.seedsHelp': '每个变体对每个种子各训练一次；图中显示均值和最小–最大范围带',
  'compare.keepOnly': '只保留 {variant}',
  'compare.editing': '下方面板编辑的是变体 {variant}。所有变体共用同一个数据集。',

  'compare.identical': '各变体完全相同：它们的曲线应当完全重合。',
  'compare.differsIn': '不同之处：{differences}',
  'compare.difference': '{setting}（{values}）',
  'compare.differenceSeparator': '；',
  'compare.listSeparator': '，',
  'compare.setting.layers': '网络层',
  'compare.setting.loss': '损失函数',
  'compare.setting.optimizer': '优化器',
  'compare.noLayers': '无',
  'compare.on': '开',
  'compare.off': '关',
  'compare.short.batch': '批大小',
  'compare.short.seed': '种子',
  'compare.momentum': '动量',
  'compare.mark': '{variant}：{change}',

  'compare.summary': '汇总',
  'compare.target': '目标测试准确率（%）',
  'compare.targetInvalid': '请输入 1 到 100 之间的百分数；表格仍使用 {target}%。',
  'compare.seedNote': '基于 {count} 个种子：准确率、损失和用时取均值，轮数取中位种子的值。',
  'compare.column.variant': '变体',
  'compare.column.finalAccuracy': '最终测试准确率',
  'compare.column.finalR2': '最终测试 R²',
  'compare.column.bestAccuracy': '最佳测试准确率（轮次）',
  'compare.column.bestR2': '最佳测试 R²（轮次）',
  'compare.column.finalTrainLoss': '最终训练损失',
  'compare.column.finalTestLoss': '最终测试损失',
  'compare.column.epochsToTarget': '达到 {target}% 的轮数',
  'compare.column.msPerEpoch': '毫秒/轮',
  'compare.column.diverged': '发散',
  'compare.yes': '是',
  'compare.no': '否',
  'compare.seedsAtTarget': '{count} 个种子中有 {reached} 个',
  'compare.notYet': '尚未达到',
  'compare.never': '未达到（已发散）',
  'compare.notReached': '{count} 轮内未达到',
  'compare.scrollHint': '左右滚动表格可查看更多列；变体一列始终可见。',
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
