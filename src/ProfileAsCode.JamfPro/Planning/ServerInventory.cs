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

    public static async Task<ServerInventory> LoadAsync(OsxConfigurationProfilesApi api, CancellationToken cancel) =>
        new(await ReadAsync(api, await api.ListAsync(cancel).ConfigureAwait(false), cancel).ConfigureAwait(false));

    /// <summary>Lists again and reads the profiles not in <paramref name="known"/> (after a create whose outcome is unknown).</summary>
    public static async Task<IReadOnlyList<ServerProfile>> ReadNewAsync(OsxConfigurationProfilesApi api, IReadOnlySet<int> known, CancellationToken cancel)
    {
        var summaries = await api.ListAsync(cancel).ConfigureAwait(false);
        return await ReadAsync(api, summaries.Where(s => !known.Contains(s.Id)).ToList(), cancel).ConfigureAwait(false);
    }

    public static ServerInventory Of(IReadOnlyList<ServerProfile> profiles) => new(profiles);

    private static async Task<IReadOnlyList<ServerProfile>> ReadAsync(OsxConfigurationProfilesApi api, IReadOnlyList<ProfileSummary> summaries, CancellationToken cancel)
    {
        var read = new ConcurrentDictionary<int, ServerProfile>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, api.Options.MaxParallelReads), CancellationToken = cancel };
        await Parallel.ForEachAsync(summaries.DistinctBy(s => s.Id), parallel, async (summary, token) =>
        {
            // A profile deleted between the list and this read is simply not there any more.
            if (await api.GetAsync(summary.Id, token).ConfigureAwait(false) is { } document)
            {
                read[summary.Id] = ServerProfile.From(document);
            }
        }).ConfigureAwait(false);
        return read.Values.OrderBy(p => p.Id).ToList();
    }
}
