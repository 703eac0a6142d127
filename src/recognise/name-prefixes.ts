// The names that open a body's name before its place and name no place themselves: the Party's and the Youth League's, the
// national grid's and the carriers'.

/** The Party's and the Youth League's names, which open their committees' (中共科左后旗委员会, 共产主义青年团巴林右旗委员会). */
export const PARTY_PREFIXES = "中共|中国共产党|共青团|共产主义青年团";

/** The national grid's and the carriers' names, which open their local companies' (国网库伦旗供电公司, 中国移动赤峰分公司). */
export const NETWORK_PREFIXES = "国网|国家电网|中国移动|中国联通|中国电信";
