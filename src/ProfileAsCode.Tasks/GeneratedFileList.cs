using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace ProfileAsCode.Tasks;

internal static class GeneratedFileList
{
    public static ITaskItem[] Read(string path)
    {
        if (!File.Exists(path))
        {
            return Array.Empty<ITaskItem>();
        }

        return File.ReadAllLines(path)
            .Where(line => line.Length > 0)
            .Select(line => (ITaskItem)new TaskItem(line))
            .ToArray();
    }
}
