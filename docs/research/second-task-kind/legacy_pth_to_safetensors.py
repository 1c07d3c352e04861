# Torch-free converter for LEGACY (pre-1.6, non-zip) torch.save files -> safetensors (f32 tensors).
import sys, pickle, struct, numpy as np, collections
from safetensors.numpy import save_file
DT = {'FloatStorage': np.float32, 'DoubleStorage': np.float64, 'HalfStorage': np.float16, 'LongStorage': np.int64, 'IntStorage': np.int32, 'ByteStorage': np.uint8}
class Storage:  # placeholder, filled after the storages are read
    def __init__(s, key, dtype, numel): s.key, s.dtype, s.numel, s.arr = key, dtype, numel, None
class StorageType:
    def __init__(s, name): s.name = name
def rebuild_tensor_v2(storage, offset, size, stride, *a):
    return ('T', storage, offset, tuple(size), tuple(stride))
class U(pickle.Unpickler):
    def find_class(s, mod, name):
        if mod == 'torch._utils' and name == '_rebuild_tensor_v2': return rebuild_tensor_v2
        if mod == 'torch' and name.endswith('Storage'): return StorageType(name)
        if mod == 'collections' and name == 'OrderedDict': return collections.OrderedDict
        raise pickle.UnpicklingError(f'refusing {mod}.{name}')
    def persistent_load(s, pid):
        typ, st, key, loc, numel = pid[:5]
        s.storages.setdefault(key, Storage(key, DT[st.name], numel)); return s.storages[key]
f = open(sys.argv[1], 'rb')
magic = pickle.load(f); proto = pickle.load(f); sysinfo = pickle.load(f)
u = U(f); u.storages = {}; obj = u.load()
keys = pickle.load(f)
for k in keys:
    n = struct.unpack('<q', f.read(8))[0]; st = u.storages[k]
    st.arr = np.frombuffer(f.read(n * np.dtype(st.dtype).itemsize), dtype=st.dtype)
if 'state_dict' in obj: obj = obj['state_dict']
out = {}
for name, (_, st, off, size, stride) in obj.items():
    a = np.lib.stride_tricks.as_strided(st.arr[off:], shape=size, strides=[x * st.arr.itemsize for x in stride])
    out[name] = np.ascontiguousarray(a).astype(np.float32) if a.dtype != np.int64 else np.ascontiguousarray(a)
save_file(out, sys.argv[2])
print(len(out), 'tensors'); [print(k, v.shape) for k, v in list(out.items())[:8]]; print('...', list(out)[-4:])
