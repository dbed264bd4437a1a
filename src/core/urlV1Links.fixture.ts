/**
 * Version-1 links (from the unit tests and e2e specs written for version 1) with what the version-1
 * reader made of them, recorded by running that reader before version 2 existed: the experiment as
 * its complete version-1 query (a faithful record: every valid experiment reads back from its query
 * exactly) and the notices. A test holds today's readers to them.
 */

/** One recorded link: what was opened, the experiment read (as its full version-1 query), the notices. */
export interface RecordedVersion1Link {
  readonly link: string;
  readonly decoded: string;
  readonly problems: readonly string[];
}

/** Every recorded version-1 link. */
export const VERSION_1_LINKS: readonly RecordedVersion1Link[] = [
  {
    link: 'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: '?v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: '',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=none&loss=hinge&opt=sgd&lr=0.5&momentum=0.9&nesterov=true&batch=16&epochs=500&l1=0&l2=0&seed=1',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=none&loss=hinge&opt=sgd&lr=0.5&momentum=0.9&nesterov=true&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=1e21&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=100&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ['lr 1e21 is above the maximum 100; clamped to 100'],
  },
  {
    link: 'data=XOR&layers=8-relu,4-ELU&opt=rmsprop&lr=0.05&loss=mse',
    decoded:
      'v=1&data=xor&noise=0.1&points=500&train=0.8&dseed=1&layers=8-relu,4-elu&loss=mse&opt=rmsprop&lr=0.05&rho=0.9&momentum=0&eps=1e-7&centered=false&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'v=1&lr=abc&batch=0&foo=1&noise=5&points=20.4&epochs=Infinity&layers=16-tanh,1x-gelu,,300&momentum=0.5&loss=cosine',
    decoded:
      'v=1&data=spiral&classes=2&noise=1&points=20&train=0.8&dseed=1&layers=16-tanh,16-relu,256-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=1&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      'noise 5 is above the maximum 1; clamped to 1',
      'points 20.4 is not a whole number; rounded to 20',
      'layers has an empty entry; skipped',
      "layer 2 units '1x' is not a number; kept 16",
      "layer 2 activation 'gelu' is not known (relu, leakyrelu, elu, selu, tanh, sigmoid, softplus, swish, linear); used relu",
      'layer 3 units 300 is above the maximum 256; clamped to 256',
      'layer 3 has no activation; used relu',
      "loss 'cosine' is not a known loss (bce, cce, mse, mae, hinge, sqhinge, huber); kept bce",
      "lr 'abc' is not a number; kept 0.01",
      'momentum does not apply to Adam; ignored',
      'batch 0 is below the minimum 1; clamped to 1',
      "epochs 'Infinity' is not a finite number; kept 500",
      "unknown key 'foo' ignored",
    ],
  },
  {
    link: 'batch=1000',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=400&epochs=500&l1=0&l2=0&seed=1',
    problems: ['batch 1000 is above the training-set size (400); clamped to 400'],
  },
  {
    link: 'points=20&train=0.1',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=20&train=0.1&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=2&epochs=500&l1=0&l2=0&seed=1',
    problems: ['batch 16 is above the training-set size (2); clamped to 2'],
  },
  {
    link: 'data=gaussian&classes=5',
    decoded:
      'v=1&data=gaussian&classes=5&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'data=spiral&classes=6',
    decoded:
      'v=1&data=spiral&classes=5&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ['classes 6 is above the maximum 5; clamped to 5'],
  },
  {
    link: 'data=iris&classes=4',
    decoded:
      'v=1&data=iris&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ['classes does not apply to iris, whose classes are fixed; ignored'],
  },
  {
    link: 'data=bumps',
    decoded:
      'v=1&data=bumps&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=mse&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'data=mnist',
    decoded:
      'v=1&data=mnist&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'data=custom&noise=0.3',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.3&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ["data 'custom': your own data is never put in a link; showing spiral instead"],
  },
  {
    link: 'data=iris&train=0.1',
    decoded:
      'v=1&data=iris&noise=0.1&points=500&train=0.1&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=15&epochs=500&l1=0&l2=0&seed=1',
    problems: ['batch 16 is above the training-set size (15); clamped to 15'],
  },
  {
    link: 'data=fashionMnist&train=0.1&batch=4096',
    decoded:
      'v=1&data=fashionMnist&noise=0.1&points=500&train=0.1&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=4096&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: '__proto__=1&constructor=2&hasOwnProperty=3&toString=4&data=__proto__&opt=constructor&layers=8-toString',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=8-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      "data '__proto__' is not a known data set (circle, xor, gaussian, spiral, moons, plane, bumps, iris, wine, breastCancer, digits, mnist, fashionMnist, custom); kept spiral",
      "layer 1 activation 'toString' is not known (relu, leakyrelu, elu, selu, tanh, sigmoid, softplus, swish, linear); used relu",
      "opt 'constructor' is not a known optimizer (sgd, rmsprop, adagrad, adadelta, adam, adamax); kept adam",
      "unknown key '__proto__' ignored",
      "unknown key 'constructor' ignored",
      "unknown key 'hasownproperty' ignored",
      "unknown key 'tostring' ignored",
    ],
  },
  {
    link: 'data=%E0%A4%A&seed=3',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=3',
    problems: ["'data=%E0%A4%A' has a broken %-escape; ignored"],
  },
  {
    link: 'seed=3&seed=4',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=4',
    problems: ["'seed' appears more than once; used the last"],
  },
  {
    link: 'data=a%E2%80%AEb%00',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      "data 'a\uFFFDb\uFFFD' is not a known data set (circle, xor, gaussian, spiral, moons, plane, bumps, iris, wine, breastCancer, digits, mnist, fashionMnist, custom); kept spiral",
    ],
  },
  {
    link: 'l2=-0&opt=sgd&nesterov=YES',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=sgd&lr=0.01&momentum=0&nesterov=true&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'opt=sgd&nesterov=maybe',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=sgd&lr=0.01&momentum=0&nesterov=false&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ["nesterov 'maybe' is not true or false; kept false"],
  },
  {
    link: 'v=1&data=moons&noise=0.25&points=300&train=0.7&dseed=4&layers=16-relu,8-tanh,4-elu&loss=hinge&opt=sgd&lr=0.05&momentum=0.9&nesterov=true&batch=8&epochs=200&l2=0.001&seed=9',
    decoded:
      'v=1&data=moons&noise=0.25&points=300&train=0.7&dseed=4&layers=16-relu,8-tanh,4-elu&loss=hinge&opt=sgd&lr=0.05&momentum=0.9&nesterov=true&batch=8&epochs=200&l1=0&l2=0.001&seed=9',
    problems: [],
  },
  {
    link: 'layers=16-relu,16-tanh',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-tanh&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'layers=none',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=none&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'v=1&data=digits&classes=10&loss=cce&layers=conv8k3s1valid-relu-he,maxpool2,conv16k2s2same-leakyrelu,avgpool2,batchnorm,flatten,dropout0.25,32-selu-lecun-l1_0-l2_1e-7&opt=adam',
    decoded:
      'v=1&data=digits&noise=0.1&points=500&train=0.8&dseed=1&layers=conv8k3s1valid-relu-he,maxpool2,conv16k2s2same-leakyrelu,avgpool2,batchnorm,flatten,dropout0.25,32-selu-lecun-l1_0-l2_1e-7&loss=cce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ['classes does not apply to digits, whose classes are fixed; ignored'],
  },
  {
    link: 'data=digits&loss=cce&layers=Conv4,MaxPool,Flatten,dense16-ReLU-HE',
    decoded:
      'v=1&data=digits&noise=0.1&points=500&train=0.8&dseed=1&layers=conv4k3s1same-relu,maxpool2,flatten,16-relu-he&loss=cce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ['layer 1 has no activation; used relu'],
  },
  {
    link: 'data=digits&loss=cce&layers=conv99k9-relu-he-l2_2-bogus,maxpool9,dropout0.95,batchnorm-x,pool,flatten',
    decoded:
      'v=1&data=digits&noise=0.1&points=500&train=0.8&dseed=1&layers=conv64k7s1same-relu-he-l1_0-l2_1,maxpool4,dropout0.9,batchnorm,flatten&loss=cce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      'layer 1 filters 99 is above the maximum 64; clamped to 64',
      'layer 1 kernel size 9 is above the maximum 7; clamped to 7',
      'layer 1 l2 2 is above the maximum 1; clamped to 1',
      "layer 1 option 'bogus' is not known; ignored",
      'layer 2 pool size 9 is above the maximum 4; clamped to 4',
      'layer 3 rate 0.95 is above the maximum 0.9; clamped to 0.9',
      "layer 4 'batchnorm-x' takes no options; ignored them",
      "layer 5 'pool' is not a known layer (units-activation, conv\u2026, maxpool\u2026, avgpool\u2026, flatten, dropout\u2026, batchnorm); skipped",
    ],
  },
  {
    link: 'data=spiral&layers=conv8k3s1same-relu,flatten',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      'layers cannot work on this data set (layer 1: Conv2D needs image input [height, width, channels]; this data set gives rows of 2 features.); used 16-relu,16-relu',
    ],
  },
  {
    link: 'data=plane',
    decoded:
      'v=1&data=plane&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=mse&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'data=bumps&loss=hinge',
    decoded:
      'v=1&data=bumps&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=mse&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      'loss hinge: Hinge compares class predictions, but this data set has a real-valued target: choose mean squared error, mean absolute error or Huber. Used mse',
    ],
  },
  {
    link: 'data=spiral&loss=huber',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=huber&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'v=1&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&sched=cosine&decay=300&alpha=0.1&clipnorm=2.5&batch=16',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&sched=cosine&decay=300&alpha=0.1&clipnorm=2.5&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'sched=step',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&sched=step&decay=100&decayrate=0.5&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'sched=constant&clipnorm=off',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'sched=warmup&decayrate=0.5&clipnorm=0',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&clipnorm=0.001&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      "sched 'warmup' is not a known schedule (constant, step, exp, cosine); kept constant",
      'decayrate does not apply to Constant; ignored',
      'clipnorm 0 is below the minimum 0.001; clamped to 0.001',
    ],
  },
  {
    link: 'sched=exp&alpha=0.3',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&sched=exp&decay=100&decayrate=0.5&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: ['alpha does not apply to Exponential decay; ignored'],
  },
  {
    link: 'v=1&lr=abc&batch=0&bogus=1',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=1&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      "lr 'abc' is not a number; kept 0.01",
      'batch 0 is below the minimum 1; clamped to 1',
      "unknown key 'bogus' ignored",
    ],
  },
  {
    link: 'epochs=100000',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=100000&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'data=moons',
    decoded:
      'v=1&data=moons&noise=0.1&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'opt=sgd&lr=100&layers=1-linear&batch=400&epochs=100000',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=500&train=0.8&dseed=1&layers=1-linear&loss=bce&opt=sgd&lr=100&momentum=0&nesterov=false&batch=400&epochs=100000&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'noise=loud&opt=newton&points=3',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=20&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=16&epochs=500&l1=0&l2=0&seed=1',
    problems: [
      "noise 'loud' is not a number; kept 0.1",
      'points 3 is below the minimum 20; clamped to 20',
      "opt 'newton' is not a known optimizer (sgd, rmsprop, adagrad, adadelta, adam, adamax); kept adam",
    ],
  },
  {
    link: 'points=200&batch=160&epochs=100000',
    decoded:
      'v=1&data=spiral&classes=2&noise=0.1&points=200&train=0.8&dseed=1&layers=16-relu,16-relu&loss=bce&opt=adam&lr=0.01&beta1=0.9&beta2=0.999&eps=1e-7&batch=160&epochs=100000&l1=0&l2=0&seed=1',
    problems: [],
  },
  {
    link: 'v=1&data=moons&noise=0.25&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=hinge&opt=sgd&lr=0.01&momentum=0.9&nesterov=true&batch=8&epochs=500&l1=0&l2=0&seed=1',
    decoded:
      'v=1&data=moons&noise=0.25&points=500&train=0.8&dseed=1&layers=16-relu,16-relu&loss=hinge&opt=sgd&lr=0.01&momentum=0.9&nesterov=true&batch=8&epochs=500&l1=0&l2=0&seed=1',
    problems: [],
  },
];
