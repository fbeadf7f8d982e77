using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Dyad.Documents.Models;

/// <summary>
/// Asks the operating system to back a large weight table with 2 MiB pages. The tagger's and parser's tables are tens of
/// megabytes read at random, one cache line per feature: with 4 KiB pages nearly every read also misses the TLB and
/// walks the page tables. Only a hint: on Linux with transparent huge pages in "madvise" or "always" mode it is taken,
/// elsewhere (or when refused) the table works exactly the same on ordinary pages.
/// </summary>
internal static partial class LargePages
{
    private const int MadviseHugePage = 14; // MADV_HUGEPAGE in Linux's mman-common.h
    private const long HugePageBytes = 2 << 20;

    /// <summary>
    /// Advises huge pages for the whole 2 MiB pages inside <paramref name="array"/>'s data, which must be pinned (allocated
    /// on the pinned object heap) and not yet written, so that the first writes fault in huge pages.
    /// </summary>
    public static unsafe void Advise<T>(T[] array) where T : unmanaged
    {
        if (!OperatingSystem.IsLinux() || array.Length == 0) return;
        long start = (long)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array));
        long end = start + (long)array.Length * sizeof(T);
        long from = (start + HugePageBytes - 1) & ~(HugePageBytes - 1), to = end & ~(HugePageBytes - 1);
        if (to <= from) return;
        // The result is not checked, and a C library without madvise is let be: a refused or impossible hint leaves
        // ordinary pages, with the same contents and results, only slower.
        try { _ = Madvise((nint)from, (nuint)(to - from), MadviseHugePage); }
        catch (DllNotFoundException) { }
        catch (EntryPointNotFoundException) { }
    }

    [LibraryImport("libc", EntryPoint = "madvise")]
    private static partial int Madvise(nint address, nuint length, int advice);
}
