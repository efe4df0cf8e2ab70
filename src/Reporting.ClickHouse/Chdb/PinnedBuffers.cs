using System.Runtime.InteropServices;

namespace Reporting.ClickHouse.Chdb;

/// <summary>Byte arrays pinned for one native call, as the pointer and length arrays C expects.</summary>
internal sealed unsafe class PinnedBuffers : IDisposable
{
    private readonly GCHandle[] pins;
    private readonly GCHandle pointers;
    private readonly GCHandle lengths;

    public PinnedBuffers(byte[][] buffers)
    {
        pins = buffers.Select(b => GCHandle.Alloc(b, GCHandleType.Pinned)).ToArray();
        pointers = GCHandle.Alloc(pins.Select(p => p.AddrOfPinnedObject()).ToArray(), GCHandleType.Pinned);
        lengths = GCHandle.Alloc(buffers.Select(b => (nuint)b.Length).ToArray(), GCHandleType.Pinned);
    }

    public byte** Pointers => (byte**)pointers.AddrOfPinnedObject();

    public nuint* Lengths => (nuint*)lengths.AddrOfPinnedObject();

    public void Dispose()
    {
        foreach (var pin in pins)
        {
            pin.Free();
        }
        pointers.Free();
        lengths.Free();
    }
}
