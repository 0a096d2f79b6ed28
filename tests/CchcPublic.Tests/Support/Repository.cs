namespace CchcPublic.Tests.Support;

public static class Repository
{
    public static string Root { get; } = Find();

    public static string ConfigFolder => Path.Combine(Root, "umbraco-config");

    /// <summary>A private copy of umbraco-config/ that a test may break.</summary>
    public static string CopyOfConfig()
    {
        var target = Path.Combine(Path.GetTempPath(), "cchc-config-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(ConfigFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(ConfigFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        return target;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CchcPublic.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Repository root (CchcPublic.sln) not found above " + AppContext.BaseDirectory);
    }
}
