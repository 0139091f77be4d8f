/** The national trade-union hotline for workers' rights (职工服务热线): works today, from anywhere in China. */
export const UNION_HOTLINE = '12351'
