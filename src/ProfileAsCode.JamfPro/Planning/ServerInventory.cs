using System.Collections.Concurrent;
using ProfileAsCode.JamfPro.Classic;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>
/// Every macOS configuration profile on the server, each read in full: the Classic list holds only IDs and names, and
/// matching needs each profile's PayloadIdentifier, PayloadUUID and description.
/// </summary>
internal sealed class ServerInventory
{
    private ServerInventory(IReadOnlyList<ServerProfile> profiles) => Profiles = profiles;

    public IReadOnlyList<ServerProfile> Profiles { get; }

    /// <summary>Lists and reads every profile, telling <c>reading</c> (may be null) when the list was read and after each profile.</summary>
    public static async Task<ServerInventory> LoadAsync(OsxConfigurationProfilesApi api, Action<ReadProgress>? reading, CancellationToken cancel)
    {
        var summaries = await api.ListAsync(cancel).ConfigureAwait(false);
        reading?.Invoke(new ReadProgress(summaries.Count, 0, null));
        return new(await ReadAsync(api, summaries, reading, cancel).ConfigureAwait(false));
    }

    /// <summary>Lists again and reads the profiles not in <paramref name="known"/> (after a create whose outcome is unknown).</summary>
    public static async Task<IReadOnlyList<ServerProfile>> ReadNewAsync(OsxConfigurationProfilesApi api, IReadOnlySet<int> known, CancellationToken cancel)
    {
        var summaries = await api.ListAsync(cancel).ConfigureAwait(false);
        return await ReadAsync(api, summaries.Where(s => !known.Contains(s.Id)).ToList(), reading: null, cancel).ConfigureAwait(false);
    }

    public static ServerInventory Of(IReadOnlyList<ServerProfile> profiles) => new(profiles);

    private static async Task<IReadOnlyList<ServerProfile>> ReadAsync(OsxConfigurationProfilesApi api, IReadOnlyList<ProfileSummary> summaries, Action<ReadProgress>? reading, CancellationToken cancel)
    {
        var read = new ConcurrentDictionary<int, ServerProfile>();
        var done = 0;
        var report = new object();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, api.Options.MaxParallelReads), CancellationToken = cancel };
        await Parallel.ForEachAsync(summaries.DistinctBy(s => s.Id), parallel, async (summary, token) =>
        {
            // A profile deleted between the list and this read is simply not there any more.
            var profile = await api.GetAsync(summary.Id, token).ConfigureAwait(false) is { } document ? ServerProfile.From(document) : null;
            if (profile is not null)
            {
                read[summary.Id] = profile;
            }

            if (reading is not null)
            {
                // One report at a time, in the order the reads finish: the caller writes lines.
                lock (report)
                {
                    reading(new ReadProgress(summaries.Count, ++done, profile));
                }
            }
        }).ConfigureAwait(false);
        return read.Values.OrderBy(p => p.Id).ToList();
    }
}
