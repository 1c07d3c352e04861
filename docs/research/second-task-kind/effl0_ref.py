# numpy reference of EfficientNet-Lite0 (no SE, ReLU6) from the converted safetensors; sanity check only.
import sys, numpy as np
from PIL import Image
from safetensors.numpy import load_file
W = load_file(sys.argv[1])
def bn(x, p, eps=1e-3): return (x - W[p+'.running_mean'][:,None,None]) / np.sqrt(W[p+'.running_var'][:,None,None] + eps) * W[p+'.weight'][:,None,None] + W[p+'.bias'][:,None,None]
r6 = lambda x: np.clip(x, 0, 6)
def conv1x1(x, w): C, H, Wd = x.shape; return (w.reshape(w.shape[0], -1) @ x.reshape(C, -1)).reshape(-1, H, Wd)
def pad(x, k): p = k // 2; return np.pad(x, ((0,0),(p,p),(p,p)))
def dw(x, w, s):
    k = w.shape[-1]; xp = pad(x, k); C, H, Wd = x.shape; Ho, Wo = (H + s - 1)//s, (Wd + s - 1)//s; out = np.zeros((C, Ho, Wo), np.float32)
    for i in range(k):
        for j in range(k): out += xp[:, i:i+s*Ho:s, j:j+s*Wo:s] * w[:, 0, i, j][:, None, None]
    return out
def conv(x, w, s):
    k = w.shape[-1]; xp = pad(x, k); C, H, Wd = x.shape; Ho, Wo = (H + s - 1)//s, (Wd + s - 1)//s
    cols = np.stack([xp[:, i:i+s*Ho:s, j:j+s*Wo:s] for i in range(k) for j in range(k)], 1)  # C, k*k, Ho, Wo
    return (w.reshape(w.shape[0], -1) @ cols.reshape(C*k*k, -1)).reshape(-1, Ho, Wo)
strides = [1, 2,1, 2,1, 2,1,1, 1,1,1, 2,1,1,1, 1]
img = Image.open(sys.argv[2]).convert('RGB'); w0, h0 = img.size; sc = 256 / min(w0, h0)
img = img.resize((round(w0*sc), round(h0*sc)), Image.BILINEAR); w1, h1 = img.size; l, t = (w1-224)//2, (h1-224)//2
x = (np.asarray(img.crop((l, t, l+224, t+224)), np.float32) / 255.0).transpose(2, 0, 1)
x = (x - 0.5) / 0.5
x = r6(bn(conv(x, W['_conv_stem.weight'], 2), '_bn0'))
for b, s in enumerate(strides):
    p = f'_blocks.{b}.'; inp = x
    if p+'_expand_conv.weight' in W: x = r6(bn(conv1x1(x, W[p+'_expand_conv.weight']), p+'_bn0'))
    x = r6(bn(dw(x, W[p+'_depthwise_conv.weight'], s), p+'_bn1'))
    x = bn(conv1x1(x, W[p+'_project_conv.weight']), p+'_bn2')
    if s == 1 and x.shape == inp.shape: x = x + inp
x = r6(bn(conv1x1(x, W['_conv_head.weight']), '_bn1')).mean((1, 2))
logits = W['_fc.weight'] @ x + W['_fc.bias']; pr = np.exp(logits - logits.max()); pr /= pr.sum()
top = np.argsort(-pr)[:5]; print(sys.argv[2].split('/')[-1], [(int(i), round(float(pr[i]), 3)) for i in top])
