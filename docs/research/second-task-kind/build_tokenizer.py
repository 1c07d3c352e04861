# Build an HF tokenizer.json for SmolLM2 from the GGUF's tokenizer.ggml.* metadata (offline).
import sys, json, gguf
from tokenizers import Tokenizer, models, pre_tokenizers, decoders, AddedToken
path, out = sys.argv[1], sys.argv[2]
r = gguf.GGUFReader(path); f = r.fields
def strs(k):
    fl = f[k]; return [bytes(fl.parts[i]).decode('utf-8') for i in fl.data]
def ints(k):
    fl = f[k]; return [int(fl.parts[i][0]) for i in fl.data]
tokens = strs('tokenizer.ggml.tokens'); merges = strs('tokenizer.ggml.merges'); types = ints('tokenizer.ggml.token_type')
vocab = {t: i for i, t in enumerate(tokens)}
bpe = models.BPE(vocab=vocab, merges=[tuple(m.split(' ', 1)) for m in merges], unk_token=None, fuse_unk=False, byte_fallback=False)
tok = Tokenizer(bpe)
tok.pre_tokenizer = pre_tokenizers.Sequence([pre_tokenizers.Digits(individual_digits=True),
                                             pre_tokenizers.ByteLevel(add_prefix_space=False, trim_offsets=True, use_regex=True)])
tok.decoder = decoders.ByteLevel(add_prefix_space=True, trim_offsets=True, use_regex=True)
tok.add_special_tokens([AddedToken(t, special=True, normalized=False) for t, ty in zip(tokens, types) if ty == 3])
tok.save(out)
print('vocab', tok.get_vocab_size(), 'specials', sum(1 for t in types if t == 3))
