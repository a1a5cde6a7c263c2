using System;
using System.Collections.Generic;
using System.Security.Cryptography;

namespace PyNet.Runtime;

/// <summary>
/// The <c>_sha512</c> module (random.py seeds from str and bytes through it): <c>sha512</c> and <c>sha384</c> hash
/// objects over .NET's SHA-512/SHA-384. The data fed so far is kept, so <c>digest()</c> can be taken at any point and
/// <c>copy()</c> is a plain copy.
/// </summary>
public static class Sha512Module
{
    private static readonly string[] s_parameters = { "string", "usedforsecurity" };

    public static PyModule Create()
    {
        var d = new PyDict();
        var m = new PyModule("_sha512", d);
        foreach (var type in new[] { PySha512.Sha512Type, PySha512.Sha384Type })
        {
            var t = type;
            NativeTypes.Def(d, new PyBuiltinFunction(t.Name, (args, kw) =>
            {
                var a = Builtins.BindArguments(t.Name, args, kw, 0, s_parameters, 0);
                var h = new PySha512(t);
                if (!NativeTypes.IsMissing(a[0]) && a[0] != null)
                {
                    h.Update(a[0]);
                }
                return h;
            }));
        }
        return m;
    }
}

/// <summary>A sha512 or sha384 hash object of <c>_sha512</c>.</summary>
public sealed class PySha512 : PyObject
{
    public static readonly PyType Sha512Type = new("sha512", PyType.ObjectType, Init, "_sha512", isBaseType: false);

    public static readonly PyType Sha384Type = new("sha384", PyType.ObjectType, Init, "_sha512", isBaseType: false);

    private readonly PyType _type;
    private readonly List<byte> _data = new();

    public PySha512(PyType type)
    {
        _type = type;
    }

    public override PyType Type => _type;

    private bool Is512 => ReferenceEquals(_type, Sha512Type);

    public void Update(object? data)
    {
        if (data is PyStr)
        {
            throw new PyException(PyErrors.TypeError("Strings must be encoded before hashing"));
        }
        lock (_data)
        {
            _data.AddRange(PyBytes.AsBuffer(data));
        }
    }

    private byte[] Digest()
    {
        lock (_data)
        {
            var data = _data.ToArray();
            return Is512 ? SHA512.HashData(data) : SHA384.HashData(data);
        }
    }

    private static PySha512 Self(object? o) => (PySha512)o!;

    private static void Init(PyType t)
    {
        t.DefMethod("update", (self, data) =>
        {
            Self(self).Update(data);
            return null;
        });
        t.DefMethod("digest", self => new PyBytes(Self(self).Digest()));
        t.DefMethod("hexdigest", self => new PyStr(Convert.ToHexString(Self(self).Digest()).ToLowerInvariant()));
        t.DefMethod("copy", self =>
        {
            var copy = new PySha512(Self(self)._type);
            lock (Self(self)._data)
            {
                copy._data.AddRange(Self(self)._data);
            }
            return copy;
        });
        t.DefGetSet("name", self => new PyStr(Self(self)._type.Name));
        t.DefGetSet("digest_size", self => PyInt.Box(Self(self).Is512 ? 64 : 48));
        t.DefGetSet("block_size", self => PyInt.Box(128));
    }
}
