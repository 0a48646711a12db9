/** This browser's identity in team sync: a random id and a name teammates recognise. */
export interface Device {
  id: string;
  name: string;
}

export const DEVICE_KEY = 'device';

export function newDevice(id: string): Device {
  return { id, name: `Microscope ${id.slice(0, 4)}` };
}
