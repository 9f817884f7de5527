namespace ProfileAsCode.Files;

/// <summary>
/// Writes a set of files all or nothing as far as a failure while writing goes: every file is first
/// written to a staging folder beside its destination (<c>.staged.GUID.pac-tmp</c>, see
/// <see cref="TempFiles"/>) and flushed; only when all of them are ready is each renamed into place.
/// A failure or an interruption before that point leaves every destination as it was.
/// </summary>
/// <remarks>
/// The renames are one per file, so a set is not replaced in one atomic step: a crash in the middle of
/// the renames (microseconds, no data written) can leave some files new and some old, never a partial
/// file. Every destination is checked (missing or a regular file) before anything is written.
/// </remarks>
internal static class StagedFiles
{
    /// <exception cref="ArgumentException">Two entries name the same destination.</exception>
    /// <exception cref="NotARegularFileException">A destination exists and is not a regular file.</exception>
    /// <exception cref="StagedWriteException">A file could not be staged; nothing was written.</exception>
    /// <exception cref="IOException">A staged file could not be moved into place.</exception>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Content)> files)
    {
        var destinations = files.Select(f => Path.GetFullPath(f.Path)).ToList();
        var repeated = destinations.GroupBy(d => d, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"'{repeated.Key}' is written twice in one set.", nameof(files));
        }

        destinations.ForEach(AtomicFile.EnsureReplaceable);
        var stages = new Dictionary<string, Stage>(StringComparer.Ordinal);
        try
        {
            var staged = new List<string>(files.Count);
            for (var i = 0; i < files.Count; i++)
            {
                try
                {
                    var directory = Path.GetDirectoryName(destinations[i])!;
                    if (!stages.TryGetValue(directory, out var stage))
                    {
                        stages[directory] = stage = Stage.Open(directory);
                    }

                    staged.Add(stage.Write(files[i].Content));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new StagedWriteException(destinations[i], e);
                }
            }

            for (var i = 0; i < files.Count; i++)
            {
                AtomicFile.MoveIntoPlace(staged[i], destinations[i]);
            }
        }
        finally
        {
            foreach (var stage in stages.Values)
            {
                stage.Dispose();
            }
        }
    }

    /// <summary>One staging folder, held (its lock file open) until disposed, then deleted.</summary>
    private sealed class Stage : IDisposable
    {
        private readonly string folder;
        private readonly FileStream held;
        private int count;

        private Stage(string folder, FileStream held)
        {
            this.folder = folder;
            this.held = held;
        }

        public static Stage Open(string directory)
        {
            Directory.CreateDirectory(directory);
            TempFiles.RemoveStale(directory);
            var folder = TempFiles.NewPath(directory, "staged");
            TempFiles.CreateDirectory(folder);
            try
            {
                return new Stage(folder, new FileStream(Path.Combine(folder, TempFiles.StagingLockName), FileMode.CreateNew, FileAccess.Write, FileShare.None));
            }
            catch
            {
                TempFiles.Delete(folder);
                throw;
            }
        }

        /// <summary>Writes one file into the stage, flushed to disk; returns its path there.</summary>
        public string Write(byte[] content)
        {
            var path = Path.Combine(folder, (count++).ToString(System.Globalization.CultureInfo.InvariantCulture));
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            stream.Write(content);
            stream.Flush(flushToDisk: true);
            return path;
        }

        public void Dispose()
        {
            held.Dispose();
            TempFiles.Delete(folder);
        }
    }
}

/// <summary>A file of a set could not be staged (<see cref="Exception.InnerException"/> says why); no file of the set was written.</summary>
internal sealed class StagedWriteException(string path, Exception inner) : IOException($"'{path}' cannot be written: {inner.Message}", inner)
{
    public string Path { get; } = path;
}
