# Reference numpy forward of SmolLM2-135M-Instruct Q4_1 GGUF (llama arch, interleaved RoPE as in
# candle's quantized_llama for general.architecture=llama), greedy decoding. For checking only.
import sys, numpy as np, gguf, hashlib, time
from tokenizers import Tokenizer
path, tokp = sys.argv[1], sys.argv[2]
prompt = sys.argv[3] if len(sys.argv) > 3 else "Once upon a time"
max_new = int(sys.argv[4]) if len(sys.argv) > 4 else 24
chat = len(sys.argv) > 5 and sys.argv[5] == 'chat'
r = gguf.GGUFReader(path)
W = {t.name: gguf.quants.dequantize(t.data, t.tensor_type).astype(np.float32) for t in r.tensors}
md = lambda k: r.fields[k].contents()
L = md('llama.block_count'); D = md('llama.embedding_length'); H = md('llama.attention.head_count'); KV = md('llama.attention.head_count_kv')
hd = D // H; eps = md('llama.attention.layer_norm_rms_epsilon'); base = md('llama.rope.freq_base')
emb = W['token_embd.weight'].reshape(-1, D); out = W.get('output.weight', emb)
inv = base ** (-np.arange(0, hd, 2, dtype=np.float64) / hd)
def rms(x, w): return (x / np.sqrt((x.astype(np.float64) ** 2).mean(-1, keepdims=True) + eps)).astype(np.float32) * w
def rope(x, pos):  # x: [T, h, hd], interleaved pairs
    ang = np.outer(pos, inv); c = np.cos(ang)[:, None, :].astype(np.float32); s = np.sin(ang)[:, None, :].astype(np.float32)
    x0, x1 = x[..., 0::2], x[..., 1::2]; y = np.empty_like(x); y[..., 0::2] = x0 * c - x1 * s; y[..., 1::2] = x0 * s + x1 * c; return y
def forward(ids):
    T = len(ids); x = emb[ids]; pos = np.arange(T)
    mask = np.triu(np.full((T, T), -np.inf, dtype=np.float32), 1)
    for l in range(L):
        p = f'blk.{l}.'; h = rms(x, W[p + 'attn_norm.weight'])
        q = (h @ W[p + 'attn_q.weight'].T).reshape(T, H, hd); k = (h @ W[p + 'attn_k.weight'].T).reshape(T, KV, hd); v = (h @ W[p + 'attn_v.weight'].T).reshape(T, KV, hd)
        q, k = rope(q, pos), rope(k, pos); rep = H // KV; k = np.repeat(k, rep, 1); v = np.repeat(v, rep, 1)
        att = np.einsum('thd,shd->hts', q, k) / np.sqrt(hd) + mask; att = np.exp(att - att.max(-1, keepdims=True)); att /= att.sum(-1, keepdims=True)
        o = np.einsum('hts,shd->thd', att, v).reshape(T, D); x = x + o @ W[p + 'attn_output.weight'].T
        h = rms(x, W[p + 'ffn_norm.weight']); g = h @ W[p + 'ffn_gate.weight'].T; u = h @ W[p + 'ffn_up.weight'].T
        x = x + ((g / (1 + np.exp(-g))) * u) @ W[p + 'ffn_down.weight'].T
    return rms(x[-1:], W['output_norm.weight']) @ out.T
tok = Tokenizer.from_file(tokp)
text = f"<|im_start|>user\n{prompt}<|im_end|>\n<|im_start|>assistant\n" if chat else prompt
ids = tok.encode(text, add_special_tokens=False).ids; gen = []
t0 = time.time(); margins = []
for _ in range(max_new):
    logits = forward(ids + gen)[0]; nxt = int(np.argmax(logits)); top2 = np.sort(logits)[-2:]; margins.append(float(top2[1]-top2[0]))
    gen.append(nxt)
    if nxt == 2: break   # <|im_end|>
print('prompt ids', ids); print('generated ids', gen)
print('text:', repr(tok.decode(gen, skip_special_tokens=False)))
print('sha256(le u32 ids):', hashlib.sha256(np.array(gen, dtype='<u4').tobytes()).hexdigest(), f'{time.time()-t0:.1f}s')
print('min top1-top2 logit margin', min(margins))
