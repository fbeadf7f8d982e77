Console.WriteLine("dyad");
