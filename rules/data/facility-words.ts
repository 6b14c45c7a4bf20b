/**
 * Nouns that end the name of one site ("Al Asad Air Base", "the Tal Hamra fuel depot"): a place an event can be
 * told apart by, unlike a town or a region, which is hit again and again.
 */
export const FACILITY_WORDS: readonly string[] = [
  'base', 'airbase', 'airfield', 'airport', 'camp', 'barracks', 'outpost', 'checkpoint', 'garrison', 'compound',
  'station', 'depot', 'refinery', 'plant', 'factory', 'mine', 'dam', 'pipeline', 'terminal', 'port', 'harbour',
  'harbor', 'pier', 'dock', 'bridge', 'tunnel', 'embassy', 'consulate', 'hospital', 'clinic', 'school', 'university',
  'mosque', 'church', 'synagogue', 'temple', 'shrine', 'market', 'mall', 'hotel', 'stadium', 'prison', 'palace',
  'headquarters', 'ministry', 'parliament', 'warehouse', 'tower',
];
