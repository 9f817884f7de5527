using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace ProfileAsCode.Files;

/// <summary>
/// The temporary files and folders our writers create beside a destination: named so they are
/// recognisable (<c>.NAME.GUID.pac-tmp</c>), removed when the process is interrupted by SIGINT, SIGTERM
/// or SIGHUP, and, when a crash or SIGKILL left one behind, removed by the next write to that folder.
/// </summary>
/// <remarks>
/// A writer holds its temporary file open with <see cref="FileShare.None"/>, which .NET turns into an
/// exclusive advisory lock (<c>flock</c>) on Unix and a sharing lock on Windows; a staging folder holds
/// its <see cref="StagingLockName"/> file the same way. A leftover is one nobody holds: the cleanup
/// takes the lock before deleting, so it never removes the file of a writer that is still running.
/// </remarks>
internal static class TempFiles
{
    /// <summary>Ends every temporary name: hidden (leading dot), ours (this suffix), unique (a GUID).</summary>
    public const string Suffix = ".pac-tmp";

    /// <summary>The file a staging folder's owner holds locked while it lives.</summary>
    public const string StagingLockName = "lock";

    /// <summary>Keeps a temporary name well under the 255-byte file name limit of APFS and ext4, whatever the destination's name.</summary>
    private const int MaxNameChars = 64;

    private static readonly Regex OurName = new(@"^\..*\.[0-9a-f]{32}\.pac-tmp$", RegexOptions.CultureInvariant);
    private static readonly object Gate = new();
    private static readonly HashSet<string> Live = new(StringComparer.Ordinal);
    private static readonly HashSet<string> Swept = new(StringComparer.Ordinal);
    private static List<PosixSignalRegistration>? registrations;
    private static bool interrupted;

    /// <summary>A new temporary name in <paramref name="directory"/> for a file that will become <paramref name="finalName"/>.</summary>
    public static string NewPath(string directory, string finalName)
    {
        var stem = finalName.Length <= MaxNameChars ? finalName
            : finalName[..(char.IsHighSurrogate(finalName[MaxNameChars - 1]) ? MaxNameChars - 1 : MaxNameChars)];
        return Path.Combine(directory, $".{stem}.{Guid.NewGuid():N}{Suffix}");
    }

    /// <summary>Whether <paramref name="name"/> (a file or folder name, not a path) is one of our temporary names.</summary>
    public static bool IsOurs(string name) => OurName.IsMatch(name);

    /// <summary>
    /// Creates <paramref name="path"/> (new, held exclusively) and registers it for removal on an
    /// interruption, in one step: a signal arriving in between cannot leave it behind.
    /// </summary>
    public static FileStream Create(string path)
    {
        lock (Gate)
        {
            ThrowIfInterrupted();
            RegisterSignalsOnce();
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            Live.Add(path);
            return stream;
        }
    }

    /// <summary>Creates the staging folder <paramref name="path"/> and registers it, as <see cref="Create"/> does for a file.</summary>
    public static void CreateDirectory(string path)
    {
        lock (Gate)
        {
            ThrowIfInterrupted();
            RegisterSignalsOnce();
            Directory.CreateDirectory(path);
            Live.Add(path);
        }
    }

    /// <summary>
    /// Runs <paramref name="moveIntoPlace"/> (the rename of <paramref name="path"/> over its destination) unless an
    /// interruption has begun, and forgets <paramref name="path"/>: the signal handler and the rename take the same
    /// lock, so an interrupted write ends with the old destination or the whole new one, never a temporary file.
    /// </summary>
    public static void Commit(string path, Action moveIntoPlace)
    {
        lock (Gate)
        {
            ThrowIfInterrupted();
            moveIntoPlace();
            Live.Remove(path);
        }
    }

    /// <summary>Forgets <paramref name="path"/> after it was renamed into place or deleted.</summary>
    public static void Release(string path)
    {
        lock (Gate)
        {
            Live.Remove(path);
        }
    }

    /// <summary>Deletes <paramref name="path"/> (a file or a staging folder) if it is still there; never throws.</summary>
    public static void Delete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The folder went away or is read-only: nothing more can be done, and the original error matters more.
        }
        finally
        {
            Release(path);
        }
    }

    /// <summary>Removes our leftovers in <paramref name="directory"/> that no live writer holds; once per folder per process.</summary>
    public static void RemoveStale(string directory)
    {
        lock (Gate)
        {
            if (!Swept.Add(directory))
            {
                return;
            }
        }

        IEnumerable<FileSystemInfo> candidates;
        try
        {
            candidates = new DirectoryInfo(directory).EnumerateFileSystemInfos("*" + Suffix).Where(e => IsOurs(e.Name)).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var entry in candidates)
        {
            // Never follow a link: only our own files and folders are removed.
            if (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && !IsLive(entry.FullName))
            {
                RemoveIfUnheld(entry);
            }
        }
    }

    private static bool IsLive(string path)
    {
        lock (Gate)
        {
            return Live.Contains(path);
        }
    }

    private static void RemoveIfUnheld(FileSystemInfo entry)
    {
        try
        {
            var lockFile = entry is DirectoryInfo ? Path.Combine(entry.FullName, StagingLockName) : entry.FullName;
            var kind = FileKinds.Of(lockFile);
            if (entry is DirectoryInfo && kind == FileKind.Missing)
            {
                Directory.Delete(entry.FullName, recursive: true);
                return;
            }

            // Opening anything but a regular file could wait for ever (a FIFO): such a name is not ours after all.
            if (kind != FileKind.RegularFile)
            {
                return;
            }

            // Fails while the writer that made it still holds it open.
            using (new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
            {
                if (entry is DirectoryInfo)
                {
                    Directory.Delete(entry.FullName, recursive: true);
                }
                else
                {
                    File.Delete(entry.FullName);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Held by a running writer, or not ours to delete: leave it.
        }
    }

    private static void ThrowIfInterrupted()
    {
        if (interrupted)
        {
            throw new IOException("The process is being interrupted; nothing more is written.");
        }
    }

    private static void RegisterSignalsOnce()
    {
        if (registrations is not null || OperatingSystem.IsBrowser())
        {
            return;
        }

        registrations = [];
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, OnInterrupt));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGHUP has no Windows counterpart; the others map to console events there.
            }
        }
    }

    /// <summary>Removes every live temporary file and folder, then lets the signal end the process as it would have.</summary>
    private static void OnInterrupt(PosixSignalContext context)
    {
        List<string> paths;
        lock (Gate)
        {
            interrupted = true;
            paths = [.. Live];
        }

        foreach (var path in paths)
        {
            Delete(path);
        }
    }
}
